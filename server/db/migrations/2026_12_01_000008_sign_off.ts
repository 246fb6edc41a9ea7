import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Issue 16, point 7: sign-off inside the organisation, optional per wave (off by default), with
  // 'vier ogen' (the person who approves is not the one who offered it).
  await db.schema.alterTable('waves').addColumn('sign_off_required', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('waves').addColumn('sign_off_four_eyes', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // The 'vaststeller' is a respondent with the right to approve: a flag, not a new value of users.role,
  // so every respondent rule (own organisation only, menus, monitor) applies unchanged and the role
  // check of the users table (a SQLite CHECK, which only a table rebuild could change) stays as it is.
  await db.schema.alterTable('users').addColumn('sign_off', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // Offered for sign-off: the response stays a 'concept' (responses.state has a CHECK too) with these
  // set; 'ter vaststelling' is derived from them. Approval makes it 'ingediend', sending back clears them.
  await db.schema.alterTable('responses').addColumn('offered_at', 'text').execute();
  await db.schema.alterTable('responses').addColumn('offered_by', 'integer', (c) => c.references('users.id')).execute();
  // The remark of a 'teruggestuurd' event (the other events have none).
  await db.schema.alterTable('response_events').addColumn('remark', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('response_events').dropColumn('remark').execute();
  await db.schema.alterTable('responses').dropColumn('offered_by').execute();
  await db.schema.alterTable('responses').dropColumn('offered_at').execute();
  await db.schema.alterTable('users').dropColumn('sign_off').execute();
  await db.schema.alterTable('waves').dropColumn('sign_off_four_eyes').execute();
  await db.schema.alterTable('waves').dropColumn('sign_off_required').execute();
}
