import type { Db } from '../database.ts';
import type { ThrottleEntry } from '../schema.ts';

export async function findThrottles(db: Db, keys: string[]): Promise<Map<string, ThrottleEntry>> {
  const rows = await db.selectFrom('login_throttle').selectAll().where('key', 'in', keys).execute();
  return new Map(rows.map((r) => [r.key, r]));
}

/**
 * Reserves one attempt in a single statement (INSERT … ON CONFLICT … DO UPDATE … RETURNING), so two
 * parallel attempts can never both see the same count: each gets its own place in the window.
 * A window older than `cutoff` starts again at 1. The caller decides with the returned place.
 */
export async function reserveAttempt(db: Db, key: string, now: string, cutoff: string): Promise<ThrottleEntry> {
  return db
    .insertInto('login_throttle')
    .values({ key, failures: 1, window_started_at: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        failures: eb
          .case()
          .when('login_throttle.window_started_at', '<=', cutoff)
          .then(1)
          .else(eb('login_throttle.failures', '+', 1))
          .end(),
        window_started_at: eb
          .case()
          .when('login_throttle.window_started_at', '<=', cutoff)
          .then(now)
          .else(eb.ref('login_throttle.window_started_at'))
          .end(),
      })),
    )
    .returning(['failures', 'window_started_at'])
    .executeTakeFirstOrThrow();
}

/** Gives a reserved attempt back (refused, or it succeeded), but only within the window it was taken from. */
export const refundAttempt = (db: Db, key: string, windowStartedAt: string) =>
  db
    .updateTable('login_throttle')
    .set((eb) => ({ failures: eb('failures', '-', 1) }))
    .where('key', '=', key)
    .where('window_started_at', '=', windowStartedAt)
    .where('failures', '>', 0)
    .execute();

export const clearThrottle = (db: Db, key: string) => db.deleteFrom('login_throttle').where('key', '=', key).execute();

export const setTotpSecret = (db: Db, userId: number, secret: string | null, step: number | null) =>
  db.updateTable('users').set({ totp_secret: secret, totp_last_step: step }).where('id', '=', userId).execute();

/** Records a used time step only if it is newer: two parallel requests cannot both use one code. */
export async function claimTotpStep(db: Db, userId: number, step: number): Promise<boolean> {
  const r = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** One more failure, atomically (a reserved attempt that is not given back). */
export async function recordFailure(db: Db, key: string, now: string, cutoff: string): Promise<void> {
  await reserveAttempt(db, key, now, cutoff);
}
