import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../server/auth/throttle.ts';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../support/context.ts';
import { countedFor, countedForAddress, isAnonymous, loginForm, postLogin, statuses } from './authSupport.ts';

// Counts real password verifications (argon2), so the test sees how many guesses were checked.
const verified = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../server/auth/passwords.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../server/auth/passwords.ts')>();
  return {
    ...original,
    verifyPassword: (stored: string | null | undefined, password: string) => {
      verified.count++;
      return original.verifyPassword(stored, password);
    },
  };
});

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
  await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
  verified.count = 0;
});
afterEach(() => ctx.close());

describe('login throttling under parallel attempts', () => {
  it(`50 parallel wrong passwords for one account: at most ${LIMITS.account.max} are checked, the rest get a Dutch 429`, async () => {
    const form = await loginForm(ctx);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => postLogin(form, 'ams@example.nl', `fout-wachtwoord-${i}`)));
    expect(verified.count).toBeLessThanOrEqual(LIMITS.account.max);
    expect(statuses(results)).toEqual({ 401: verified.count, 429: 50 - verified.count });
    expect(await countedFor(ctx, 'account:ams@example.nl')).toBe(verified.count);
    const refused = results.find((r) => r.status === 429)!;
    expect(refused.text).toContain('Te veel mislukte inlogpogingen. Wacht');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('once the limit is reached, the right password in a parallel batch does not log in and is not even checked', async () => {
    const form = await loginForm(ctx);
    await Promise.all(Array.from({ length: 20 }, () => postLogin(form, 'ams@example.nl', 'fout-wachtwoord')));
    const before = verified.count;
    expect(before).toBe(LIMITS.account.max);
    const batch = await Promise.all([
      ...Array.from({ length: 9 }, () => postLogin(form, 'ams@example.nl', 'fout-wachtwoord')),
      postLogin(form, 'ams@example.nl', TEST_PASSWORD),
    ]);
    expect(statuses(batch)).toEqual({ 429: 10 });
    expect(verified.count).toBe(before);
    expect(isAnonymous(await form.agent.get('/account'))).toBe(true);
  });

  it(`60 parallel attempts from one address on many accounts: at most ${LIMITS.address.max} are checked`, async () => {
    const form = await loginForm(ctx);
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => postLogin(form, `bestaat-niet-${i}@example.nl`, 'fout-wachtwoord')));
    expect(verified.count).toBeLessThanOrEqual(LIMITS.address.max);
    expect(statuses(results)).toEqual({ 401: verified.count, 429: 60 - verified.count });
    // The right password of a real account from that address now waits too.
    expect((await postLogin(form, 'ams@example.nl', TEST_PASSWORD)).status).toBe(429);
  });

  it('a refused attempt uses up nothing: a blocked account does not also eat the address budget', async () => {
    const form = await loginForm(ctx);
    await Promise.all(Array.from({ length: 30 }, () => postLogin(form, 'ams@example.nl', 'fout-wachtwoord')));
    expect(await countedFor(ctx, 'account:ams@example.nl')).toBe(LIMITS.account.max);
    expect(await countedForAddress(ctx)).toBe(LIMITS.account.max);
  });
});
