import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Attempts are counted in login_throttle (new key kinds need no schema change). What needs a column:
  // a per-user session generation. A session remembers the generation it logged in under; a password
  // reset raises it, so every session logged in before the reset stops working at its next request.
  await db.schema.alterTable('users').addColumn('session_generation', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('session_generation').execute();
}
