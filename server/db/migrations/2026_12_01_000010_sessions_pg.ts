import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

// Frozen in time: never edit a migration that has shipped; add a new one.
// Sessions on PostgreSQL (issue 19), read and written by connect-pg-simple (server/http/setUpSessions.ts).
// The table is made here rather than by the store's createTableIfMissing: then it exists before the first
// request, is made once under the migration lock when several instances start together, and is part of the
// schema a backup, a restore and copy-to-postgres see. Its shape is the store's own table.sql.
// On SQLite nothing: better-sqlite3-session-store keeps its own `sessions` table in the same file.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await db.schema
    .createTable('sessions')
    .addColumn('sid', 'varchar', (c) => c.primaryKey())
    .addColumn('sess', 'json', (c) => c.notNull())
    .addColumn('expire', sql`timestamp(6)`, (c) => c.notNull())
    .execute();
  // The store deletes expired sessions every quarter of an hour by this column.
  await db.schema.createIndex('sessions_expire').on('sessions').column('expire').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await db.schema.dropTable('sessions').execute();
}
