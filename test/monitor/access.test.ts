import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { seedResponse, WAVE } from './fixtures.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
  await ctx.addUser('utr@example.nl', 'respondent', 'GM0344');
  await ctx.addUser('coord@example.nl', 'coordinator');
  await ctx.addUser('analist@example.nl', 'analyst');
  await ctx.addUser('beheer@example.nl', 'admin');
  await seedResponse(ctx.services, 'GM0344', { 'gemeente.aanpalende-domeinen.01': 'ja' }, { submitted: false });
  await seedResponse(ctx.services, 'GM0363', { 'gemeente.aanpalende-domeinen.01': 'nee' });
});
afterAll(() => ctx.close());

const pages = [
  '', '/thema/aanpalende-domeinen', '/achterstand', '/vergelijken', '/regio', '/toelichtingen', '/afdrukken', '/mijn-monitor.xlsx',
].map((p) => `/monitor/${WAVE}${p}`);

describe('who sees the dashboards', () => {
  it('locks them for a respondent whose organisation has not submitted', async () => {
    const { agent } = await ctx.login('utr@example.nl');
    for (const url of pages) {
      const res = await agent.get(url);
      expect(res.status, url).toBe(403);
      expect($(res.text)('h1').text()).toBe('De monitor is nog niet beschikbaar');
    }
    const api = await agent.get(`/api/waves/${WAVE}/tables`);
    expect(api.status).toBe(403);
    expect(api.body.error).toContain('ingediend');
  });

  it('opens them for a respondent after submitting', async () => {
    const { agent } = await ctx.login('ams@example.nl');
    for (const url of pages) expect((await agent.get(url)).status, url).toBe(200);
    expect((await agent.get(`/api/waves/${WAVE}/tables`)).status).toBe(200);
  });

  it('always opens them for coordinators, analysts and beheerders', async () => {
    for (const email of ['coord@example.nl', 'analist@example.nl', 'beheer@example.nl']) {
      const { agent } = await ctx.login(email);
      for (const url of pages) expect((await agent.get(url)).status, `${email} ${url}`).toBe(200);
    }
  });

  it('shows the menu item and sends visitors without a session to the login page', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const home = $((await agent.get('/')).text);
    expect(home('nav[aria-label="Hoofdmenu"] a[href="/monitor"]').text()).toBe('Monitor');
    const anon = await (await import('supertest')).default(ctx.app).get(`/monitor/${WAVE}`);
    expect(anon.status).toBe(303);
    expect(anon.headers.location).toBe('/inloggen');
    const anonApi = await (await import('supertest')).default(ctx.app).get(`/api/waves/${WAVE}/tables`);
    expect(anonApi.status).toBe(401);
  });

  it('answers 404 for an unknown wave', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    expect((await agent.get('/monitor/bestaat-niet')).status).toBe(404);
  });

  it('lets only staff count concept responses', async () => {
    const staff = await ctx.login('coord@example.nl');
    const withConcepts = await staff.agent.get(`/api/waves/${WAVE}/tables?concepten=1`);
    const gemeente = (b: typeof withConcepts.body) => b.themes.find((t: { id: string }) => t.id === 'aanpalende-domeinen').tables.find((t: { actor: string }) => t.actor === 'gemeente');
    expect(gemeente(withConcepts.body).rows[0].n).toBe(2);
    const respondent = await ctx.login('ams@example.nl');
    const res = await respondent.agent.get(`/api/waves/${WAVE}/tables?concepten=1`);
    expect(res.body.filter.includeUnsubmitted).toBeUndefined();
    expect(gemeente(res.body).rows[0].n).toBe(1);
    const page = $((await respondent.agent.get(`/monitor/${WAVE}`)).text);
    expect(page('#concepten').length).toBe(0);
  });
});
