import { sql } from 'kysely';
import type { Db } from './database.ts';
import { isPostgres } from './dialect.ts';

/**
 * Keys of PostgreSQL advisory locks, one per concern that must run in one instance at a time. Fixed
 * numbers: every instance of every version must agree on them (changing one lets two run at once).
 */
export const LOCK_KEYS = {
  /** Migrations, reference data, waves, demo accounts and demo answers at start-up. */
  startup: 1_904_001,
  /** One pass of the reminder scheduler (claiming steps, the rate limit's count, sending). */
  reminderPass: 1_904_002,
} as const;

/**
 * Runs `fn` while this process holds the advisory lock `key` on one connection of the PostgreSQL pool.
 * `fn` gets that connection as its database (a session lock belongs to one connection and goes with it
 * when the process dies); it may use the pool too, other instances stay out all the same. `wait`: queue
 * behind another instance; otherwise null at once while another holds it. SQLite: one process per
 * file, so `fn` simply runs on `db`.
 */
export async function whileHolding<T>(db: Db, key: number, wait: boolean, fn: (db: Db) => Promise<T>): Promise<T | null> {
  if (!isPostgres(db)) return fn(db);
  return db.connection().execute(async (conn) => {
    if (wait) {
      await sql`select pg_advisory_lock(${key})`.execute(conn);
    } else {
      const got = await sql<{ got: boolean }>`select pg_try_advisory_lock(${key}) as got`.execute(conn);
      if (!got.rows[0]?.got) return null;
    }
    const unlock = () => sql`select pg_advisory_unlock(${key})`.execute(conn);
    let result: T;
    try {
      result = await fn(conn);
    } catch (err) {
      // The error that says what went wrong (a failed migration, the database gone) is the one to see.
      await unlock().catch(() => undefined);
      throw err;
    }
    await unlock();
    return result;
  });
}
