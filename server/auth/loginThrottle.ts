import type { Request } from 'express';
import { clearThrottle, refundAttempt, reserveAttempt } from '../db/repos/security.ts';
import type { Services } from '../context.ts';
import { blockedFor, LIMITS, throttleKey, windowCutoff, withinLimit, type ThrottleKind } from './throttle.ts';

/** A counted attempt: the counter and the window it was counted in (a refund never touches a newer window). */
interface Held {
  key: string;
  windowStartedAt: string;
}

/** Either the attempt may be checked (its places are held), or it must wait this many seconds. */
export type Attempt = { ok: true; held: Held[] } | { ok: false; wait: number };

const addressOf = (req: Request): string => req.ip ?? 'onbekend';

const release = (s: Services, held: Held[]) => Promise.all(held.map((h) => refundAttempt(s.db, h.key, h.windowStartedAt)));

/**
 * Counts the attempt on every counter before anything is checked. The count is taken first, so
 * parallel guesses cannot all slip in before the first failure is written. An attempt refused on any
 * counter is given back on all of them: only attempts that were really checked use up the budget.
 */
async function reserve(s: Services, wanted: [ThrottleKind, string][]): Promise<Attempt> {
  const now = s.now();
  const held: Held[] = [];
  for (const [kind, value] of wanted) {
    const key = throttleKey(kind, value);
    const entry = await reserveAttempt(s.db, key, now.toISOString(), windowCutoff(LIMITS[kind], now));
    held.push({ key, windowStartedAt: entry.window_started_at });
    if (!withinLimit(entry.failures, LIMITS[kind])) {
      await release(s, held);
      return { ok: false, wait: Math.max(1, blockedFor(entry, LIMITS[kind], now)) };
    }
  }
  return { ok: true, held };
}

/** Before a password is verified: one place on the address counter and one on the account's. */
export const reserveLoginAttempt = (s: Services, req: Request, email: string) =>
  reserve(s, [['address', addressOf(req)], ['account', email]]);

/** Before a second-factor code is verified: the address and the user's own code counter. */
export const reserveTotpAttempt = (s: Services, req: Request, userId: number) =>
  reserve(s, [['address', addressOf(req)], ['totp', String(userId)]]);

/** A failed attempt needs nothing more: its reserved place is the recorded failure. */

/** A right password clears the account's counter (not the code counter) and does not count for the address. */
export async function loginSucceeded(s: Services, attempt: Attempt, email: string): Promise<void> {
  if (!attempt.ok) return;
  await release(s, attempt.held.filter((h) => h.key !== throttleKey('account', email)));
  await clearThrottle(s.db, throttleKey('account', email));
}

/** A right code clears the user's code counter and does not count for the address. */
export async function totpSucceeded(s: Services, attempt: Attempt, userId: number): Promise<void> {
  if (!attempt.ok) return;
  await release(s, attempt.held.filter((h) => h.key !== throttleKey('totp', String(userId))));
  await clearThrottle(s.db, throttleKey('totp', String(userId)));
}
