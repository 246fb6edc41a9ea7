import { PostgresAdapter, type Kysely } from 'kysely';

// Any Kysely, whatever its tables (Kysely<Database> is not assignable to Kysely<unknown>).
type AnyDb = Pick<Kysely<unknown>, 'getExecutor'>;

/**
 * The one question the repositories may ask about the database under them, for the few statements
 * that differ (row locks, bulk loads). Everything else is written once for both.
 */
export function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
