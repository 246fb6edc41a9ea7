import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../server/messages.ts';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { footprint as changeFootprint } from '../support/inspect.ts';
import { fillPath, listRoutes, STATE_CHANGING } from './routes.ts';
import { WAVE } from '../support/wave.ts';

let ctx: TestContext;
const params = { wave: WAVE, org: 'GM0363', theme: 'lokale-teams' };
beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.addUser('beheer@example.nl', 'admin');
  await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
});
afterAll(() => ctx.close());

const stateChanging = () => listRoutes(ctx.app).filter((r) => STATE_CHANGING.has(r.method));
const send = (agent: ReturnType<typeof request.agent>, method: string, path: string) =>
  agent[method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete'](path);

/** What a forged request could have changed: answers, responses, their history, logins. */
const footprint = () => changeFootprint(ctx);

describe('CSRF: every state-changing route refuses a request without a valid token', () => {
  it('finds the routes from the Express router (not a hand-kept list)', () => {
    const found = stateChanging().map((r) => `${r.method} ${r.path}`);
    for (const known of ['POST /inloggen', 'POST /uitloggen', 'POST /vragenlijst/:wave/:org/thema/:theme', 'PUT /api/waves/:wave/responses/:org', 'POST /vragenlijst/:wave/:org/indienen']) {
      expect(found).toContain(known);
    }
  });

  it('logged in, without a token: 403 with the Dutch message, and nothing changes', async () => {
    for (const who of ['beheer@example.nl', 'ams@example.nl']) {
      const me = await ctx.login(who);
      const before = await footprint();
      for (const route of stateChanging()) {
        const path = fillPath(route.path, params);
        const res = await send(me.agent, route.method, path).type('form').send({ version: '0', 'gemeente.lokale-teams.01': 'ja' });
        expect(res.status, `${route.method} ${path}`).toBe(403);
        expect(res.text, `${route.method} ${path}`).toContain(route.path.startsWith('/api/') ? messages.csrf : $(`<p>${messages.csrf}</p>`)('p').html()!);
        const wrong = await send(me.agent, route.method, path).set('X-CSRF-Token', 'nep-token').send({ _csrf: 'nep-token' });
        expect(wrong.status, `${route.method} ${path} with a wrong token`).toBe(403);
      }
      expect(await footprint()).toEqual(before);
      // Still logged in: the logout without a token was refused too.
      expect((await me.agent.get('/account')).status).toBe(200);
    }
  });

  it('a cross-site form post is refused even on a theme page (where a same-site post with an expired token is kept for re-sending)', async () => {
    const me = await ctx.login('ams@example.nl');
    const path = fillPath('/vragenlijst/:wave/:org/thema/:theme', params);
    const res = await me.agent.post(path).set('Sec-Fetch-Site', 'cross-site').type('form').send({ version: '0', 'gemeente.lokale-teams.01': 'ja' });
    expect(res.status).toBe(403);
    const sameSite = await me.agent.post(path).set('Sec-Fetch-Site', 'same-origin').type('form').send({ version: '0', 'gemeente.lokale-teams.01': 'ja' });
    expect(sameSite.status).toBe(303);
    expect(await footprint()).toMatchObject({ a: 0, h: 0 });
  });

  it('anonymous, without a token: 403', async () => {
    for (const route of stateChanging()) {
      const res = await send(request.agent(ctx.app), route.method, fillPath(route.path, params)).send({});
      expect(res.status, `${route.method} ${route.path}`).toBe(403);
    }
  });

  it('with the token the same requests pass the CSRF check', async () => {
    for (const route of stateChanging()) {
      const me = await ctx.login('beheer@example.nl');
      const res = await send(me.agent, route.method, fillPath(route.path, params)).set('X-CSRF-Token', me.csrf).send({});
      expect(res.text, `${route.method} ${route.path}`).not.toContain(messages.csrf.slice(0, 25));
    }
  });
});

describe('CSRF token in the query string', () => {
  it('is refused on an ordinary state-changing route, also when the body is multipart', async () => {
    const me = await ctx.login('ams@example.nl');
    const theme = fillPath('/vragenlijst/:wave/:org/thema/:theme', params);
    const before = await footprint();
    const form = await me.agent.post(`${theme}?_csrf=${encodeURIComponent(me.csrf)}`).type('form').send({ version: '0', 'gemeente.lokale-teams.01': 'ja' });
    expect(form.status).toBe(403);
    // A multipart body off the upload routes is refused either way: as unreadable (415) or for the token (403).
    const multipart = await me.agent.post(`${theme}?_csrf=${encodeURIComponent(me.csrf)}`).field('version', '0').field('gemeente.lokale-teams.01', 'ja');
    expect([403, 415]).toContain(multipart.status);
    const logout = await me.agent.post(`/uitloggen?_csrf=${encodeURIComponent(me.csrf)}`).field('x', '1');
    expect([403, 415]).toContain(logout.status);
    const emptyLogout = await me.agent.post(`/uitloggen?_csrf=${encodeURIComponent(me.csrf)}`);
    expect(emptyLogout.status).toBe(403);
    expect(await footprint()).toEqual(before);
    expect((await me.agent.get('/account')).status).toBe(200);
  });

  it('is refused on the upload routes too: their token is the form\'s first field, checked before the file', async () => {
    const me = await ctx.login('ams@example.nl');
    const upload = fillPath('/vragenlijst/:wave/:org/excel/uploaden', params);
    const form = $((await me.agent.get(upload)).text);
    const action = form('form[enctype="multipart/form-data"]').attr('action') ?? '';
    expect(action).toBe(upload);
    expect(form('form[enctype="multipart/form-data"] input').first().attr('name')).toBe('_csrf');
    const inField = await me.agent.post(upload).field('_csrf', me.csrf).attach('bestand', Buffer.from('geen excel'), 'antwoorden.xlsx');
    expect(inField.status).not.toBe(403);
    expect(inField.text).not.toContain(messages.csrf.slice(0, 25));
    const before = await footprint();
    const inQuery = await me.agent.post(`${upload}?_csrf=${encodeURIComponent(me.csrf)}`).attach('bestand', Buffer.from('geen excel'), 'a.xlsx');
    expect(inQuery.status).toBe(403);
    expect((await me.agent.post(upload).attach('bestand', Buffer.from('geen excel'), 'antwoorden.xlsx')).status).toBe(403);
    // A token sent after the file comes too late: the file is refused before it is kept.
    expect((await me.agent.post(upload).attach('bestand', Buffer.from('x'), 'a.xlsx').field('_csrf', me.csrf)).status).toBe(403);
    expect((await me.agent.post(`${upload}?_csrf=${encodeURIComponent(me.csrf)}`).type('form').send({})).status).toBe(403);
    expect(await footprint()).toEqual(before);
  });
});
