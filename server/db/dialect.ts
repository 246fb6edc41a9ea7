import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * The one question the repositories may ask about the database under them, for the few statements
 * that differ (row locks, bulk loads). Everything else is written once for both.
 */
export function isPostgres<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
