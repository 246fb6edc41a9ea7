import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { $, createTestContext, type TestContext } from '../support/context.ts';

/**
 * What a Dutch government service shows: a contact line with the helpdesk's address on every page
 * (HELPDESK_EMAIL), a privacy statement, a contact page with the colophon, a favicon, and page titles
 * 'Page – Afsprakenmonitor'.
 */
const HELPDESK = 'vragen@monitor.example.nl';
let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext(undefined, { helpdeskEmail: HELPDESK });
  await ctx.addUser('gov@example.nl', 'respondent', 'GM0363');
});
afterAll(() => ctx.close());

describe('a government service', () => {
  it('reads the helpdesk address from HELPDESK_EMAIL, with a default', () => {
    expect(loadConfig({ HELPDESK_EMAIL: ' hulp@example.nl ' }).helpdeskEmail).toBe('hulp@example.nl');
    expect(loadConfig({}).helpdeskEmail).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
  });

  it('has a contact line with the helpdesk address and links to privacy, contact and accessibility on every page', async () => {
    const me = await ctx.login('gov@example.nl');
    const anonymous = ['/inloggen', '/toegankelijkheid', '/privacy', '/contact', '/bestaat-niet'];
    const loggedIn = ['/', `/vragenlijst/hervormingsagenda-2024/GM0363`, '/account'];
    const pages = [
      ...anonymous.map(async (p) => [p, (await request(ctx.app).get(p)).text] as const),
      ...loggedIn.map(async (p) => [p, (await me.agent.get(p)).text] as const),
    ];
    for (const [path, html] of await Promise.all(pages)) {
      const footer = $(html)('footer');
      expect(footer.find(`a[href="mailto:${HELPDESK}"]`).text(), path).toBe(HELPDESK);
      for (const href of ['/privacy', '/contact', '/toegankelijkheid']) expect(footer.find(`a[href="${href}"]`).length, `${path} ${href}`).toBe(1);
    }
  });

  it('has a privacy statement that says which personal data are kept, why, how long and whom to ask', async () => {
    const res = await request(ctx.app).get('/privacy');
    expect(res.status).toBe(200);
    const page = $(res.text);
    expect(page('h1').text()).toBe('Privacyverklaring');
    const headings = page('h2').map((_i, el) => page(el).text()).get();
    expect(headings).toEqual(['Welke persoonsgegevens wij bewaren', 'Waarom', 'Hoe lang', 'Uw rechten']);
    const text = page('main').text();
    for (const kept of ['e-mailadres', 'Contactadres van uw organisatie', 'IP-adres', 'AVG', 'Autoriteit Persoonsgegevens']) expect(text).toContain(kept);
    expect(page(`main a[href="mailto:${HELPDESK}"]`).length).toBe(1);
  });

  it('has a contact page with the colophon', async () => {
    const page = $((await request(ctx.app).get('/contact')).text);
    expect(page('h1').text()).toBe('Contact en colofon');
    expect(page('main').text()).toContain('NL Design System');
    expect(page(`main a[href="mailto:${HELPDESK}"]`).length).toBe(1);
  });

  it('has a favicon (no 404 on every page)', async () => {
    const ico = await request(ctx.app).get('/favicon.ico');
    expect(ico.status).toBe(200);
    expect(ico.headers['content-type']).toMatch(/icon/);
    const svg = await request(ctx.app).get('/favicon.svg');
    expect(svg.status).toBe(200);
    const head = $((await request(ctx.app).get('/inloggen')).text)('head');
    expect(head.find('link[rel="icon"]').map((_i, el) => el.attribs.href).get()).toEqual(['/favicon.svg', '/favicon.ico']);
  });

  it("titles pages 'Page – Afsprakenmonitor', and the start page not 'Afsprakenmonitor - Afsprakenmonitor'", async () => {
    const me = await ctx.login('gov@example.nl');
    expect($((await me.agent.get('/')).text)('title').text()).toBe('Startpagina – Afsprakenmonitor');
    expect($((await request(ctx.app).get('/inloggen')).text)('title').text()).toBe('Inloggen – Afsprakenmonitor');
    expect($((await request(ctx.app).get('/privacy')).text)('title').text()).toBe('Privacyverklaring – Afsprakenmonitor');
  });
});
