import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deactivateAccount } from '../support/arrange.ts';
import { $, createTestContext, TEST_PASSWORD, type TestContext } from '../support/context.ts';
import { themeUrl, WAVE } from '../support/forms.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
});
afterAll(() => ctx.close());

async function loginPage(agent: ReturnType<typeof request.agent>) {
  const page = await agent.get('/inloggen');
  return $(page.text)('meta[name="csrf-token"]').attr('content') ?? '';
}

describe('login', () => {
  it('gives the same message for a wrong password and an unknown address', async () => {
    const agent = request.agent(ctx.app);
    const csrf = await loginPage(agent);
    const wrong = await agent.post('/inloggen').type('form').send({ _csrf: csrf, email: 'ams@example.nl', password: 'fout-wachtwoord' });
    const unknown = await agent.post('/inloggen').type('form').send({ _csrf: csrf, email: 'niemand@example.nl', password: 'fout-wachtwoord' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect($(wrong.text)('#foutmeldingen').text()).toBe($(unknown.text)('#foutmeldingen').text());
    expect($(wrong.text)('#email').val()).toBe('ams@example.nl');
  });

  it('gives that message too for a deactivated account, and logs nobody in', async () => {
    await deactivateAccount(ctx.services, await ctx.addUser('oud@example.nl', 'respondent', 'GM0363'));
    const agent = request.agent(ctx.app);
    const csrf = await loginPage(agent);
    const wrong = await agent.post('/inloggen').type('form').send({ _csrf: csrf, email: 'ams@example.nl', password: 'fout-wachtwoord' });
    const res = await agent.post('/inloggen').type('form').send({ _csrf: csrf, email: 'oud@example.nl', password: TEST_PASSWORD });
    expect(res.status).toBe(401);
    expect($(res.text)('#foutmeldingen').text()).toBe($(wrong.text)('#foutmeldingen').text());
    expect($(res.text)('#email-fout').text()).toContain('Het e-mailadres of het wachtwoord is onjuist.');
    expect((await agent.get(`/vragenlijst/${WAVE}/GM0363`)).headers.location).toBe('/inloggen');
  });

  it('names an empty field at that field (422), keeps the typed address and counts no failed login', async () => {
    await ctx.addUser('leeg@example.nl', 'respondent', 'GM0363');
    const agent = request.agent(ctx.app);
    const csrf = await loginPage(agent);
    const both = $((await agent.post('/inloggen').type('form').send({ _csrf: csrf, email: ' ', password: '' })).text);
    expect(both('#foutmeldingen a').map((_i, a) => `${both(a).attr('href')} ${both(a).text()}`).get())
      .toEqual(['#email Vul uw e-mailadres in.', '#password Vul uw wachtwoord in.']);
    expect(both('#email').attr('aria-describedby')).toBe('email-fout');
    expect(both('#password').attr('aria-invalid')).toBe('true');
    for (let i = 0; i < 6; i++) {
      const res = await agent.post('/inloggen').type('form').send({ _csrf: csrf, email: 'leeg@example.nl', password: '' });
      expect(res.status).toBe(422);
      const page = $(res.text);
      expect(page('#password-fout').text()).toContain('Vul uw wachtwoord in.');
      expect(page('#email-fout').length).toBe(0);
      expect(page('#email').val()).toBe('leeg@example.nl');
    }
    // Six empty passwords later the account is not blocked: the right password still works.
    const ok = await agent.post('/inloggen').type('form').send({ _csrf: csrf, email: 'leeg@example.nl', password: TEST_PASSWORD });
    expect(ok.status).toBe(303);
  });

  it('gives a new session id at login', async () => {
    const agent = request.agent(ctx.app);
    const csrf = await loginPage(agent);
    const before = await agent.get('/inloggen');
    const cookieBefore = String(before.headers['set-cookie'] ?? '');
    const res = await agent.post('/inloggen').type('form').send({ _csrf: csrf, email: 'AMS@example.nl ', password: TEST_PASSWORD });
    expect(res.status).toBe(303);
    const cookieAfter = String(res.headers['set-cookie']);
    expect(cookieAfter).toMatch(/afsprakenmonitor\.sid=/);
    expect(cookieAfter).toMatch(/HttpOnly/);
    expect(cookieAfter.split(';')[0]).not.toBe(cookieBefore.split(';')[0]);
  });

  it('refuses a form post without a CSRF token', async () => {
    const s = await ctx.login('ams@example.nl');
    const forged = await s.agent.post(themeUrl('GM0363', 'reikwijdte')).set('Origin', 'https://elders.example').type('form').send({ version: '0', 'gemeente.reikwijdte.01': 'nee' });
    expect(forged.status).toBe(403);
    // Our own page whose token went stale: back to the form, with the typed value kept (not saved).
    const res = await s.agent.post(themeUrl('GM0363', 'reikwijdte')).set('Sec-Fetch-Site', 'same-origin').type('form').send({ version: '0', 'gemeente.reikwijdte.01': 'ja' });
    expect(res.status).toBe(303);
    const page = $((await s.agent.get(res.headers.location!)).text);
    expect(page('input[name="gemeente.reikwijdte.01"][value="ja"]').attr('checked')).toBeDefined();
    const api = await s.agent.get(`/api/waves/${WAVE}/responses/GM0363`);
    expect(api.body.answers['gemeente.reikwijdte.01']).toBeUndefined();
  });

  it('keeps what was typed when the session expired, and shows it after logging in again', async () => {
    const agent = request.agent(ctx.app);
    const csrf = await loginPage(agent);
    const url = themeUrl('GM0363', 'residentieel');
    const lost = await agent.post(url).set('Sec-Fetch-Site', 'same-origin').type('form')
      .send({ _csrf: csrf, version: '0', 'gemeente.residentieel.01': 'bijna_klaar', 'gemeente.residentieel.01.toelichting': 'Lang verhaal' });
    expect(lost.status).toBe(303);
    expect(lost.headers.location).toBe('/inloggen');
    const login = $((await agent.get('/inloggen')).text);
    expect(login('.utrecht-alert--warning').text()).toContain('sessie was verlopen');
    const token = login('meta[name="csrf-token"]').attr('content');
    const res = await agent.post('/inloggen').type('form').send({ _csrf: token, email: 'ams@example.nl', password: TEST_PASSWORD });
    expect(res.headers.location).toBe(url);
    const page = $((await agent.get(url)).text);
    expect(page('input[name="gemeente.residentieel.01"][value="bijna_klaar"]').attr('checked')).toBeDefined();
    expect(page('textarea[name="gemeente.residentieel.01.toelichting"]').text()).toBe('Lang verhaal');
    expect(page('.utrecht-alert--warning').text()).toContain('nog niet opgeslagen');
    // Logged in again: the restored page does not ask to log in once more.
    expect(page('.utrecht-alert--warning').text()).not.toContain('Log opnieuw in');
  });

  it('sends a visitor without a session to the login page', async () => {
    const res = await request(ctx.app).get(`/vragenlijst/${WAVE}/GM0363`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/inloggen');
  });

  it('logs out and ends the session', async () => {
    const s = await ctx.login('ams@example.nl');
    const res = await s.agent.post('/uitloggen').type('form').send({ _csrf: s.csrf });
    expect(res.status).toBe(303);
    expect((await s.agent.get(`/vragenlijst/${WAVE}/GM0363`)).status).toBe(303);
  });
});
