import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../server/auth/throttle.ts';
import { totpCode } from '../../server/auth/totp.ts';
import { setTotp } from '../support/arrange.ts';
import { $, createTestContext, csrfOf, TEST_PASSWORD, type TestContext } from '../support/context.ts';

let ctx: TestContext;
let now: Date;
beforeEach(async () => {
  now = new Date('2024-05-15T10:00:00Z');
  ctx = await createTestContext(now);
  await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
  await ctx.addUser('coord@example.nl', 'coordinator');
});
afterEach(() => ctx.close());

/** Sent to the login page: the session does not carry a login. */
const isAnonymous = (res: request.Response) => [302, 303].includes(res.status) && res.headers.location === '/inloggen';

const cookieOf = (res: request.Response) => (res.headers['set-cookie'] as unknown as string[] | undefined)?.find((c) => c.startsWith('afsprakenmonitor.sid='))?.split(';')[0];

async function attempt(agent: ReturnType<typeof request.agent>, email: string, password: string, from = '') {
  const page = await agent.get('/inloggen');
  const csrf = csrfOf(page.text);
  const req = agent.post('/inloggen').type('form');
  return (from ? req.set('X-Forwarded-For', from) : req).send({ _csrf: csrf, email, password });
}

describe('login throttling', () => {
  it(`per account: after ${LIMITS.account.max} failures even the right password waits, with a Dutch 429`, async () => {
    const agent = request.agent(ctx.app);
    for (let i = 0; i < LIMITS.account.max; i++) expect((await attempt(agent, 'ams@example.nl', 'fout-wachtwoord')).status).toBe(401);
    const blocked = await attempt(agent, 'AMS@example.nl', TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect($(blocked.text)('.error-summary').text()).toContain('Te veel mislukte inlogpogingen. Wacht 15 minuten');
    // Another account from the same address is not affected.
    await ctx.addUser('collega@example.nl', 'respondent', 'GM0363');
    expect((await attempt(request.agent(ctx.app), 'collega@example.nl', TEST_PASSWORD)).status).toBe(303);
    // When the window has passed, the right password works again, and clears the counter.
    ctx.setNow(new Date(now.getTime() + LIMITS.account.windowMinutes * 60_000 + 1000));
    expect((await attempt(agent, 'ams@example.nl', TEST_PASSWORD)).status).toBe(303);
  });

  it(`per address: after ${LIMITS.address.max} failures on any accounts, that address waits`, async () => {
    // The app trusts X-Forwarded-For only behind a proxy (production); here every request comes from one address.
    for (let i = 0; i < LIMITS.address.max; i++) {
      expect((await attempt(request.agent(ctx.app), `bestaat-niet-${i}@example.nl`, 'x')).status).toBe(401);
    }
    const res = await attempt(request.agent(ctx.app), 'ams@example.nl', TEST_PASSWORD);
    expect(res.status).toBe(429);
  });

  it('a successful login does not count, and resets the account counter', async () => {
    const agent = request.agent(ctx.app);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < LIMITS.account.max - 1; i++) expect((await attempt(request.agent(ctx.app), 'ams@example.nl', 'fout')).status).toBe(401);
      expect((await attempt(agent, 'ams@example.nl', TEST_PASSWORD)).status).toBe(303);
      await agent.post('/uitloggen').type('form').send({ _csrf: csrfOf((await agent.get('/')).text) });
    }
  });
});

describe('sessions', () => {
  it('get a new id at login and at logout; the old ids are dead', async () => {
    const agent = request.agent(ctx.app);
    const page = await agent.get('/inloggen');
    const anonymous = cookieOf(page)!;
    const csrf = csrfOf(page.text);
    const login = await agent.post('/inloggen').type('form').send({ _csrf: csrf, email: 'ams@example.nl', password: TEST_PASSWORD });
    const loggedIn = cookieOf(login)!;
    expect(loggedIn).toBeDefined();
    expect(loggedIn).not.toBe(anonymous);
    // The pre-login id does not carry the login (no fixation).
    expect(isAnonymous(await request(ctx.app).get('/account').set('Cookie', anonymous))).toBe(true);
    expect((await request(ctx.app).get('/account').set('Cookie', loggedIn)).status).toBe(200);

    const home = await agent.get('/');
    const logout = await agent.post('/uitloggen').type('form').send({ _csrf: csrfOf(home.text) });
    expect(logout.status).toBe(303);
    const after = cookieOf(logout);
    expect(after).toBeDefined();
    expect(after).not.toBe(loggedIn);
    expect(isAnonymous(await request(ctx.app).get('/account').set('Cookie', loggedIn))).toBe(true);
    const back = await agent.get('/inloggen');
    expect($(back.text)('[role="status"]').text()).toContain('U bent uitgelogd.');
  });

  it('cookies are httpOnly, SameSite=Lax, and Secure in the production configuration', async () => {
    const dev = await request(ctx.app).get('/inloggen');
    expect(dev.headers['set-cookie']![0]).toMatch(/HttpOnly/);
    expect(dev.headers['set-cookie']![0]).toMatch(/SameSite=Lax/);
    const { createApp } = await import('../../server/app.ts');
    const { loadConfig } = await import('../../server/config.ts');
    // Behind a TLS-terminating proxy, which TRUST_PROXY says is there (without it the forwarded
    // protocol is not believed and no Secure cookie goes over what looks like plain HTTP).
    const env = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), DATABASE_PATH: ':memory:' };
    const untrusted = createApp(ctx.services, { config: loadConfig(env), sessionDbPath: ':memory:' });
    expect((await request(untrusted).get('/inloggen').set('X-Forwarded-Proto', 'https')).headers['set-cookie']).toBeUndefined();
    const config = loadConfig({ ...env, TRUST_PROXY: '1' });
    const app = createApp(ctx.services, { config, sessionDbPath: ':memory:' });
    const prod = await request(app).get('/inloggen').set('X-Forwarded-Proto', 'https');
    const cookie = prod.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(prod.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(prod.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});

describe('optional second factor (TOTP) for staff', () => {
  async function enable(email: string) {
    const me = await ctx.login(email);
    const setup = await me.agent.get('/account/tweestapsverificatie');
    expect(setup.status).toBe(200);
    const secret = $(setup.text)('.totp-secret code').text().replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const wrong = await me.agent.post('/account/tweestapsverificatie').type('form').send({ _csrf: me.csrf, code: '000000' });
    expect(wrong.status).toBe(422);
    expect($(wrong.text)('#code').val()).toBe('000000');
    expect($(wrong.text)('.error-summary a').attr('href')).toBe('#code');
    const ok = await me.agent.post('/account/tweestapsverificatie').type('form').send({ _csrf: me.csrf, code: totpCode(secret, ctx.services.now()) });
    expect(ok.status).toBe(303);
    return { me, secret };
  }

  it('once set up, login asks for the code; a wrong or reused code is refused', async () => {
    const { me, secret } = await enable('coord@example.nl');
    expect($((await me.agent.get('/account')).text)('main').text()).toContain('Status: aan');

    const agent = request.agent(ctx.app);
    const step1 = await attempt(agent, 'coord@example.nl', TEST_PASSWORD);
    expect(step1.status).toBe(303);
    expect(step1.headers.location).toBe('/inloggen/code');
    // Password alone is not a login.
    expect(isAnonymous(await agent.get('/account'))).toBe(true);
    const codePage = await agent.get('/inloggen/code');
    const csrf = csrfOf(codePage.text);
    const wrong = await agent.post('/inloggen/code').type('form').send({ _csrf: csrf, code: '123456' });
    expect(wrong.status).toBe(401);
    // The code used to switch it on was used already in this time step: no replay.
    const replay = await agent.post('/inloggen/code').type('form').send({ _csrf: csrf, code: totpCode(secret, ctx.services.now()) });
    expect(replay.status).toBe(401);
    ctx.setNow(new Date(now.getTime() + 60_000));
    const good = await agent.post('/inloggen/code').type('form').send({ _csrf: csrf, code: totpCode(secret, ctx.services.now()) });
    expect(good.status).toBe(303);
    expect((await agent.get('/account')).status).toBe(200);
  });

  it('wrong codes are limited (they have their own counter, see totpLimit.test.ts)', async () => {
    await enable('coord@example.nl');
    const agent = request.agent(ctx.app);
    await attempt(agent, 'coord@example.nl', TEST_PASSWORD);
    const csrf = csrfOf((await agent.get('/inloggen/code')).text);
    for (let i = 0; i < LIMITS.account.max; i++) {
      expect((await agent.post('/inloggen/code').type('form').send({ _csrf: csrf, code: '000000' })).status).toBe(401);
    }
    expect((await agent.post('/inloggen/code').type('form').send({ _csrf: csrf, code: '000000' })).status).toBe(429);
  });

  it('can be switched off with a current code', async () => {
    const { me, secret } = await enable('coord@example.nl');
    ctx.setNow(new Date(now.getTime() + 60_000));
    const off = await me.agent.post('/account/tweestapsverificatie/uitzetten').type('form').send({ _csrf: me.csrf, code: totpCode(secret, ctx.services.now()) });
    expect(off.status).toBe(303);
    expect((await attempt(request.agent(ctx.app), 'coord@example.nl', TEST_PASSWORD)).headers.location).toBe('/');
  });

  it('is not offered to respondents, and a respondent with a stored key still logs in with a password only', async () => {
    const me = await ctx.login('ams@example.nl');
    expect($((await me.agent.get('/account')).text)('main').text()).not.toContain('Tweestapsverificatie');
    await setTotp(ctx.services, 'ams@example.nl', 'JBSWY3DPEHPK3PXP');
    expect((await attempt(request.agent(ctx.app), 'ams@example.nl', TEST_PASSWORD)).headers.location).toBe('/');
  });
});
