import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../server/auth/throttle.ts';
import { totpCode } from '../../server/auth/totp.ts';
import { $, createTestContext, TEST_PASSWORD, type TestContext } from '../support/context.ts';
import { csrfOf, enableTotp, isAnonymous, loginForm, postLogin, statuses } from './authSupport.ts';

let ctx: TestContext;
let now: Date;
beforeEach(async () => {
  now = new Date('2024-05-15T10:00:00Z');
  ctx = await createTestContext(now);
  await ctx.addUser('coord@example.nl', 'coordinator');
});
afterEach(() => ctx.close());

/** A fresh visitor who typed the right password and is now asked for the code. */
async function atCodeStep() {
  const form = await loginForm(ctx);
  const step1 = await postLogin(form, 'coord@example.nl', TEST_PASSWORD);
  expect(step1.headers.location).toBe('/inloggen/code');
  const csrf = csrfOf((await form.agent.get('/inloggen/code')).text);
  return { agent: form.agent, code: (code: string) => form.agent.post('/inloggen/code').type('form').send({ _csrf: csrf, code }) };
}

describe('second-factor codes have their own attempt limit', () => {
  it('a right password again does not give a fresh budget of code guesses', async () => {
    const { secret } = await enableTotp(ctx, 'coord@example.nl');
    ctx.setNow(new Date(now.getTime() + 60_000));
    let visitor = await atCodeStep();
    for (let i = 0; i < LIMITS.totp.max; i++) expect((await visitor.code('000000')).status).toBe(401);
    expect((await visitor.code('000000')).status).toBe(429);
    // Before the fix the right password cleared the counter, so this loop could go on for ever.
    for (let round = 0; round < 3; round++) {
      visitor = await atCodeStep();
      const refused = await visitor.code('000000');
      expect(refused.status).toBe(429);
      expect(refused.text).toContain('Te veel mislukte inlogpogingen');
    }
    // Even the right code waits until the window has passed.
    expect((await visitor.code(totpCode(secret, ctx.services.now()))).status).toBe(429);
    expect(isAnonymous(await visitor.agent.get('/account'))).toBe(true);
    ctx.setNow(new Date(now.getTime() + LIMITS.totp.windowMinutes * 60_000 + 120_000));
    visitor = await atCodeStep();
    expect((await visitor.code(totpCode(secret, ctx.services.now()))).status).toBe(303);
    expect((await visitor.agent.get('/account')).status).toBe(200);
  });

  it(`parallel code guesses: at most ${LIMITS.totp.max} are checked`, async () => {
    await enableTotp(ctx, 'coord@example.nl');
    const visitor = await atCodeStep();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => visitor.code(String(100000 + i))));
    const tally = statuses(results);
    expect(tally[401] ?? 0).toBeLessThanOrEqual(LIMITS.totp.max);
    expect((tally[401] ?? 0) + (tally[429] ?? 0)).toBe(30);
  });

  it('switching the factor off from a logged-in session is limited by the same counter', async () => {
    const { secret, me } = await enableTotp(ctx, 'coord@example.nl');
    ctx.setNow(new Date(now.getTime() + 60_000));
    const off = (code: string) => me.agent.post('/account/tweestapsverificatie/uitzetten').type('form').send({ _csrf: me.csrf, code });
    for (let i = 0; i < LIMITS.totp.max; i++) expect((await off('000000')).status).toBe(422);
    const refused = await off(totpCode(secret, ctx.services.now()));
    expect(refused.status).toBe(429);
    expect(refused.text).toContain('Te veel mislukte inlogpogingen');
    expect($((await me.agent.get('/account')).text)('main').text()).toContain('Status: aan');
  });
});
