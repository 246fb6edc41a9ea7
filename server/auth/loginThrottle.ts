import type { Request } from 'express';
import { clearThrottle, findThrottles, recordFailure } from '../db/repos/security.ts';
import type { Services } from '../services/context.ts';
import { blockedFor, LIMITS, throttleKey, windowCutoff } from './throttle.ts';

/** The two counters that apply to a login attempt: the account tried, and the address it came from. */
const keysFor = (req: Request, email: string) => ({
  account: throttleKey('account', email),
  address: throttleKey('address', req.ip ?? 'onbekend'),
});

/** Seconds to wait before another attempt is allowed for this account or from this address; 0 = go ahead. */
export async function loginBlockedFor(s: Services, req: Request, email: string): Promise<number> {
  const keys = keysFor(req, email);
  const found = await findThrottles(s.db, [keys.account, keys.address]);
  const now = s.now();
  return Math.max(blockedFor(found.get(keys.account), LIMITS.account, now), blockedFor(found.get(keys.address), LIMITS.address, now));
}

export async function recordLoginFailure(s: Services, req: Request, email: string): Promise<void> {
  const keys = keysFor(req, email);
  const now = s.now();
  await recordFailure(s.db, keys.account, now.toISOString(), windowCutoff(LIMITS.account, now));
  await recordFailure(s.db, keys.address, now.toISOString(), windowCutoff(LIMITS.address, now));
}

/** A successful login clears the account's counter; the address counter runs out on its own. */
export const recordLoginSuccess = (s: Services, email: string) => clearThrottle(s.db, throttleKey('account', email));
