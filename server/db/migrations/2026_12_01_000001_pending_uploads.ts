import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Every upload waiting for confirmation (offline workbook, bulk import, organisation import) lives
  // here, not in the session: a parsed national file is megabytes, and a session is read and written
  // on every request. It belongs to the person who uploaded it and expires.
  await db.schema
    .createTable('pending_uploads')
    .addColumn('token', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // offline | bulk | organisations
    .addColumn('payload', 'text', (c) => c.notNull()) // JSON
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pending_uploads_user').on('pending_uploads').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('pending_uploads_expiry').on('pending_uploads').column('expires_at').execute();
  // Organisation imports used their own table; previews last an hour, so there is nothing to move.
  await db.schema.dropTable('import_previews').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pending_uploads').execute();
  await db.schema
    .createTable('import_previews')
    .addColumn('token', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
