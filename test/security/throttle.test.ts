import { describe, expect, it } from 'vitest';
import { blockedFor, LIMITS, throttledMessage, throttleKey } from '../../server/auth/throttle.ts';

const now = new Date('2024-05-15T10:00:00Z');
const entry = (failures: number, minutesAgo: number) => ({ failures, window_started_at: new Date(now.getTime() - minutesAgo * 60_000).toISOString() });

describe('login throttle policy', () => {
  it('blocks only at the limit, until the window has passed', () => {
    expect(blockedFor(undefined, LIMITS.account, now)).toBe(0);
    expect(blockedFor(entry(LIMITS.account.max - 1, 1), LIMITS.account, now)).toBe(0);
    expect(blockedFor(entry(LIMITS.account.max, 1), LIMITS.account, now)).toBe(14 * 60);
    expect(blockedFor(entry(LIMITS.account.max, 15), LIMITS.account, now)).toBe(0);
  });

  it('keys ignore case and spaces; the message is Dutch and rounds up to whole minutes', () => {
    expect(throttleKey('account', ' Ams@Example.nl ')).toBe('account:ams@example.nl');
    expect(throttledMessage(61)).toBe('Te veel mislukte inlogpogingen. Wacht 2 minuten en probeer het dan opnieuw.');
    expect(throttledMessage(30)).toContain('Wacht 1 minuut');
  });
});
