import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Extra time for one organisation (issue 16, point 6): a later closing date with a reason.
  // Append-only: every grant is a row, the newest counts, so the rows are the history of grants.
  await db.schema
    .createTable('deadline_extensions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('wave_id', 'text', (c) => c.notNull().references('waves.id'))
    .addColumn('organisation_code', 'text', (c) => c.notNull().references('organisations.code'))
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('granted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deadline_extensions_wave_org').on('deadline_extensions').columns(['wave_id', 'organisation_code']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('deadline_extensions').execute();
}
