import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $, createTestContext, TEST_PASSWORD, type TestContext } from '../support/context.ts';
import { isAnonymous, loginForm, postLogin, resetLink, setPasswordThrough } from './authSupport.ts';

const NEW_PASSWORD = 'een heel nieuw wachtwoord';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
  await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
  await ctx.addUser('collega@example.nl', 'respondent', 'GM0363');
});
afterEach(() => ctx.close());

describe('a password reset', () => {
  it('ends every session of that user (a second browser logged in as the same user is logged out)', async () => {
    const laptop = await ctx.login('ams@example.nl');
    const phone = await ctx.login('ams@example.nl');
    const colleague = await ctx.login('collega@example.nl');
    expect((await laptop.agent.get('/account')).status).toBe(200);
    expect((await phone.agent.get('/account')).status).toBe(200);

    const done = await setPasswordThrough(ctx, await resetLink(ctx, 'ams@example.nl'), NEW_PASSWORD);
    expect(done.status).toBe(303);

    expect(isAnonymous(await laptop.agent.get('/account'))).toBe(true);
    expect(isAnonymous(await phone.agent.get('/account'))).toBe(true);
    // Other users keep their sessions.
    expect((await colleague.agent.get('/account')).status).toBe(200);
    // The new password logs in, and that new session lasts; the old password no longer works.
    const form = await loginForm(ctx);
    expect((await postLogin(form, 'ams@example.nl', NEW_PASSWORD)).status).toBe(303);
    expect((await form.agent.get('/account')).status).toBe(200);
    expect((await postLogin(await loginForm(ctx), 'ams@example.nl', TEST_PASSWORD)).status).toBe(401);
  });
});

describe('new passwords', () => {
  it.each(['123456789012', 'qwerty123456', 'Password1234'])('refuses the well-known password %s, with the message at the field', async (password) => {
    const link = await resetLink(ctx, 'ams@example.nl');
    const res = await setPasswordThrough(ctx, link, password);
    expect(res.status).toBe(422);
    const page = $(res.text);
    expect(page('#password-fout').text()).toContain('Dit wachtwoord wordt veel gebruikt');
    expect(page('.error-summary a').attr('href')).toBe('#password');
    // Nothing changed: the old password still works, the link still works.
    expect((await postLogin(await loginForm(ctx), 'ams@example.nl', TEST_PASSWORD)).status).toBe(303);
    expect((await setPasswordThrough(ctx, link, NEW_PASSWORD)).status).toBe(303);
  });

  it('still refuses fewer than 12 characters', async () => {
    const res = await setPasswordThrough(ctx, await resetLink(ctx, 'ams@example.nl'), 'kort-123');
    expect(res.status).toBe(422);
    expect($(res.text)('.error-summary').text()).toContain('Kies een wachtwoord van minstens 12 tekens.');
  });
});
