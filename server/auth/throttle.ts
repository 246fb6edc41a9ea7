/**
 * Login throttling: after too many failed attempts in a fixed window, further attempts for that
 * account or from that address are refused until the window has passed. Pure: data in, data out.
 */
import type { ThrottleEntry } from '../db/schema.ts';

export interface ThrottleLimit {
  max: number;
  windowMinutes: number;
}

/**
 * Per account: slows down guessing one person's password. Per address: slows down trying many accounts.
 * Per second factor (keyed by user id): a correct password clears the account counter, so the TOTP
 * code needs a counter of its own that only a correct code clears.
 */
export const LIMITS = {
  account: { max: 5, windowMinutes: 15 },
  address: { max: 20, windowMinutes: 15 },
  totp: { max: 5, windowMinutes: 15 },
} as const satisfies Record<string, ThrottleLimit>;

export type ThrottleKind = keyof typeof LIMITS;

export type { ThrottleEntry } from '../db/schema.ts';

export const throttleKey = (kind: ThrottleKind, value: string): string => `${kind}:${value.trim().toLowerCase()}`;

/** The start of the window that is still running at `now`: older windows no longer count. */
export const windowCutoff = (limit: ThrottleLimit, now: Date): string =>
  new Date(now.getTime() - limit.windowMinutes * 60_000).toISOString();

/**
 * An attempt is reserved (counted) before the password or code is checked; it may go ahead only
 * when its own place in the count is within the limit. Parallel attempts each get a distinct place.
 */
export const withinLimit = (placeInWindow: number, limit: ThrottleLimit): boolean => placeInWindow <= limit.max;

/** Seconds until the attempt may be made again; 0 = not blocked. */
export function blockedFor(entry: ThrottleEntry | undefined, limit: ThrottleLimit, now: Date): number {
  if (!entry || entry.failures < limit.max) return 0;
  const ends = new Date(entry.window_started_at).getTime() + limit.windowMinutes * 60_000;
  return Math.max(0, Math.ceil((ends - now.getTime()) / 1000));
}

export const throttledMessage = (seconds: number): string => {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Te veel mislukte inlogpogingen. Wacht ${minutes === 1 ? '1 minuut' : `${minutes} minuten`} en probeer het dan opnieuw.`;
};
