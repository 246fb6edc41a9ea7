import type { Options, Store, IncrementResponse } from 'express-rate-limit';
import { clearThrottle, findThrottles, refundAttempt, reserveAttempt } from '../db/repos/security.ts';
import type { Services } from '../context.ts';

/**
 * express-rate-limit's counters in the database (login_throttle, the table the login limit counts in),
 * instead of its default MemoryStore: that one counts per process, so two instances behind a load
 * balancer would each allow the full budget, and a restart would forget it. One fixed window per key,
 * counted in a single statement (reserveAttempt), so parallel requests on any instance each get their own place.
 */
export class DatabaseRateLimitStore implements Store {
  private windowMs = 60_000;
  // Shared across instances: express-rate-limit must not assume it alone sees the counts.
  readonly localKeys = false;

  constructor(private readonly s: Services, readonly prefix: string) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  private key = (key: string) => `${this.prefix}:${key}`;

  async increment(key: string): Promise<IncrementResponse> {
    const now = this.s.now();
    const cutoff = new Date(now.getTime() - this.windowMs).toISOString();
    const entry = await reserveAttempt(this.s.db, this.key(key), now.toISOString(), cutoff);
    return { totalHits: entry.failures, resetTime: new Date(new Date(entry.window_started_at).getTime() + this.windowMs) };
  }

  async decrement(key: string): Promise<void> {
    const entry = (await findThrottles(this.s.db, [this.key(key)])).get(this.key(key));
    if (entry) await refundAttempt(this.s.db, this.key(key), entry.window_started_at);
  }

  async resetKey(key: string): Promise<void> {
    await clearThrottle(this.s.db, this.key(key));
  }
}
