/**
 * Every route of the app, tried as every role, as a respondent of another organisation and
 * without logging in. Routes are read from the app itself, so a new route is tried too: routes
 * with a known policy are checked exactly, any other route at least never lets in a visitor
 * without login, never fails with a server error and never shows another organisation's data.
 */
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, type Session } from '../support/context.ts';
import { createCoordinationContext, type CoordinationContext } from './support.ts';
import { WAVE } from '../support/wave.ts';
import { addVaststeller } from './signOffSupport.ts';

// 'vaststeller': a respondent of the organisation who may also approve (issue 16, point 7); '-ander': of another organisation.
type Who = 'anoniem' | 'respondent' | 'respondent-ander' | 'vaststeller' | 'vaststeller-ander' | 'coordinator' | 'analyst' | 'admin';
type Policy = 'public' | 'login' | 'view-org' | 'edit-org' | 'sign-off' | 'coordination' | 'admin' | 'analysis';

const WHO: Who[] = ['anoniem', 'respondent', 'respondent-ander', 'vaststeller', 'vaststeller-ander', 'coordinator', 'analyst', 'admin'];

const allowed: Record<Policy, Who[]> = {
  public: WHO,
  login: ['respondent', 'respondent-ander', 'vaststeller', 'vaststeller-ander', 'coordinator', 'analyst', 'admin'],
  'view-org': ['respondent', 'vaststeller', 'coordinator', 'analyst', 'admin'],
  'edit-org': ['respondent', 'vaststeller', 'coordinator', 'admin'],
  'sign-off': ['vaststeller'],
  coordination: ['coordinator', 'admin'],
  admin: ['admin'],
  analysis: ['analyst', 'coordinator', 'admin'],
};

/** The policy of each route whose rules this project states (issue 3, roles). */
const policies: Record<string, Policy> = {
  'GET /healthz': 'public',
  'GET /inloggen': 'public',
  'POST /inloggen': 'public',
  'GET /toegankelijkheid': 'public',
  'GET /privacy': 'public',
  'GET /contact': 'public',
  'GET /wachtwoord-vergeten': 'public',
  'POST /wachtwoord-vergeten': 'public',
  'GET /wachtwoord/instellen/:token': 'public',
  'POST /wachtwoord/instellen/:token': 'public',
  'POST /wachtwoord/instellen/:token/nieuwe-link': 'public',
  'GET /': 'login',
  'GET /vragenlijst': 'login',
  'GET /vragenlijst/:wave/:org': 'view-org',
  'GET /vragenlijst/:wave/:org/thema/:theme': 'view-org',
  'POST /vragenlijst/:wave/:org/thema/:theme': 'edit-org',
  'GET /vragenlijst/:wave/:org/controleren': 'view-org',
  'POST /vragenlijst/:wave/:org/indienen': 'edit-org',
  'GET /vragenlijst/:wave/:org/ingediend': 'view-org',
  'GET /vragenlijst/:wave/:org/heropenen': 'edit-org',
  'POST /vragenlijst/:wave/:org/heropenen': 'edit-org',
  'GET /vragenlijst/:wave/:org/afdrukken': 'view-org',
  'GET /vragenlijst/:wave/:org/vaststellen': 'sign-off',
  'POST /vragenlijst/:wave/:org/vaststellen': 'sign-off',
  'POST /vragenlijst/:wave/:org/terugsturen': 'sign-off',
  'POST /vragenlijst/:wave/:org/vorig-jaar': 'edit-org',
  'POST /vragenlijst/:wave/:org/vorig-jaar/bevestigen': 'edit-org',
  'GET /api/waves': 'login',
  'GET /api/waves/:wave/definition': 'login',
  'GET /api/waves/:wave/responses/:org': 'view-org',
  'PUT /api/waves/:wave/responses/:org': 'edit-org',
  'POST /api/waves/:wave/responses/:org/submit': 'edit-org',
  'POST /api/waves/:wave/responses/:org/reopen': 'edit-org',
  'GET /monitor/:wave/ontwikkeling/teruggevallen': 'analysis',
  'GET /beheer': 'coordination',
  'GET /beheer/respons': 'coordination',
  'GET /beheer/respons/download.xlsx': 'coordination',
  'GET /beheer/respons/download.csv': 'coordination',
  'GET /beheer/respons/niet-ingediend.csv': 'coordination',
  'GET /beheer/rondes': 'coordination',
  'GET /beheer/rondes/nieuw': 'admin',
  'POST /beheer/rondes': 'admin',
  'GET /beheer/rondes/:wave': 'coordination',
  'POST /beheer/rondes/:wave': 'coordination',
  'GET /beheer/organisaties': 'coordination',
  'GET /beheer/organisaties/importeren': 'coordination',
  'POST /beheer/organisaties/importeren': 'coordination',
  'POST /beheer/organisaties/importeren/bevestigen': 'coordination',
  'GET /beheer/organisaties/:code': 'coordination',
  'POST /beheer/organisaties/:code': 'coordination',
  'POST /beheer/organisaties/:code/uitnodigen': 'coordination',
  'POST /beheer/organisaties/:code/extra-tijd': 'coordination',
  'GET /beheer/organisaties/:code/geschiedenis': 'coordination',
  'POST /beheer/gebruikers/:id/opnieuw-uitnodigen': 'coordination',
  'POST /beheer/gebruikers/:id/deactiveren': 'coordination',
  'POST /beheer/gebruikers/:id/activeren': 'coordination',
  'POST /beheer/gebruikers/:id/rol': 'coordination',
  'GET /beheer/gebruikers': 'admin',
  'POST /beheer/gebruikers': 'admin',
  'GET /beheer/herinneringen': 'coordination',
  'GET /beheer/niet-ingediend': 'coordination',
  'GET /beheer/niet-ingediend/download.csv': 'coordination',
  'GET /beheer/niet-ingediend/download.xlsx': 'coordination',
  'POST /beheer/herinneringen': 'coordination',
  'POST /beheer/herinneringen/voorbeeld': 'coordination',
  'POST /beheer/herinneringen/versturen': 'coordination',
  'GET /beheer/rondes/:wave/herinneringsplan': 'coordination',
  'POST /beheer/rondes/:wave/herinneringsplan': 'coordination',
  'GET /beheer/rondes/:wave/herinneringsplan/:step': 'coordination',
  'POST /beheer/rondes/:wave/herinneringsplan/:step': 'coordination',
  'POST /beheer/rondes/:wave/herinneringsplan/:step/verwijderen': 'coordination',
  'POST /beheer/organisaties/:code/contactpersonen': 'coordination',
  'POST /beheer/organisaties/:code/contactpersonen/:id': 'coordination',
  'POST /beheer/organisaties/:code/contactpersonen/:id/verwijderen': 'coordination',
  'GET /beheer/uitnodigingen': 'coordination',
  'GET /beheer/uitnodigingen/voorbeeld': 'coordination',
  'POST /beheer/uitnodigingen/versturen': 'coordination',
  'GET /beheer/uitnodigingen/ongebruikt': 'coordination',
  'POST /beheer/uitnodigingen/ongebruikt/opnieuw': 'coordination',
  'POST /beheer/uitnodigingen/ongebruikt/:id/opnieuw': 'coordination',
  'GET /beheer/e-mail': 'coordination',
  'GET /beheer/e-mail/:id': 'coordination',
  'GET /analyse': 'analysis',
  'GET /analyse/:wave': 'analysis',
};

interface RouteDef { method: string; path: string }

/** Walks Express 5's router stack, including mounted routers and their mount paths. */
function routesOf(app: Express): RouteDef[] {
  const out: RouteDef[] = [];
  type Layer = { route?: { path: string; methods: Record<string, boolean> }; name: string; handle: { stack?: Layer[] }; slash?: boolean; rawPath?: string };
  const walk = (stack: Layer[], prefix: string) => {
    for (const l of stack) {
      if (l.route) for (const m of Object.keys(l.route.methods)) out.push({ method: m.toUpperCase(), path: prefix + l.route.path });
      else if (l.name === 'router' && l.handle.stack) walk(l.handle.stack, prefix + (l.slash ? '' : (l.rawPath ?? '')));
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return out;
}

let ctx: CoordinationContext;
let victimId: number;
const sessions = {} as Record<Who, Session>;
const logoutSessions = {} as Record<Who, Session>;

async function anonymous(app: Express): Promise<Session> {
  const agent = request.agent(app);
  const page = await agent.get('/inloggen');
  return { agent, csrf: $(page.text)('meta[name="csrf-token"]').attr('content') ?? '' };
}

beforeAll(async () => {
  ctx = await createCoordinationContext();
  await ctx.addUser('resp@example.nl', 'respondent', 'GM0363');
  await ctx.addUser('ander@example.nl', 'respondent', 'GM0014');
  await ctx.addUser('coord@example.nl', 'coordinator');
  await ctx.addUser('analist@example.nl', 'analyst');
  await ctx.addUser('admin@example.nl', 'admin');
  await addVaststeller(ctx, 'vast@example.nl', 'GM0363');
  await addVaststeller(ctx, 'vast-ander@example.nl', 'GM0014');
  victimId = await ctx.addUser('slachtoffer@example.nl', 'respondent', 'GM0363');
  const emails: Record<Exclude<Who, 'anoniem'>, string> = {
    respondent: 'resp@example.nl', 'respondent-ander': 'ander@example.nl',
    vaststeller: 'vast@example.nl', 'vaststeller-ander': 'vast-ander@example.nl',
    coordinator: 'coord@example.nl', analyst: 'analist@example.nl', admin: 'admin@example.nl',
  };
  // All logins first: failed logins during the matrix (POST /inloggen) must not throttle them.
  for (const who of WHO) {
    sessions[who] = who === 'anoniem' ? await anonymous(ctx.app) : await ctx.login(emails[who]);
    logoutSessions[who] = who === 'anoniem' ? await anonymous(ctx.app) : await ctx.login(emails[who]);
  }
});
afterAll(() => ctx.close());

const fill = (path: string) =>
  path
    .replace(':wave', WAVE)
    .replace(':org', 'GM0363')
    .replace(':code', 'GM0363')
    .replace(':theme', 'reikwijdte')
    .replace(':token', 'onbekende-link-0123456789abcdef')
    .replace(':id', String(victimId));

async function attempt(s: Session, method: string, url: string) {
  const m = method.toLowerCase() as 'get' | 'post' | 'put' | 'delete' | 'patch';
  let req = s.agent[m](url).set('X-CSRF-Token', s.csrf);
  if (m !== 'get') req = req.type('form').send({});
  return req;
}

const deniedLogin = (status: number, location: string | undefined) => status === 401 || ((status === 302 || status === 303) && location === '/inloggen');

describe('route × role matrix', () => {
  it('finds the routes of every part of the app', () => {
    const keys = new Set(routesOf(ctx.app).map((r) => `${r.method} ${r.path}`));
    expect(keys.size).toBeGreaterThan(60);
    // The policy table follows the app: a stated route that disappears is noticed.
    for (const k of Object.keys(policies)) expect(keys, k).toContain(k);
    // Every coordination and account route has a stated policy.
    for (const k of keys) if (/ \/(beheer|wachtwoord)/.test(k)) expect(policies, k).toHaveProperty([k]);
  });

  // One test per role (the same checks as one loop over all roles, within each test's time limit).
  for (const who of WHO) it(`lets ${who} do exactly what its policy says, and nobody else`, async () => {
    const problems: string[] = [];
    for (const route of routesOf(ctx.app)) {
      const key = `${route.method} ${route.path}`;
      if (key === 'POST /uitloggen') continue; // ends the session: tried on its own below
      const policy = policies[key];
      const url = fill(route.path);
      {
        const res = await attempt(sessions[who], route.method, url);
        const { status } = res;
        const location = res.headers.location as string | undefined;
        const say = (what: string) => problems.push(`${who} ${key} → ${status}${location ? ` ${location}` : ''}: ${what}`);
        if (status >= 500) say('server error');
        if (!policy) {
          // A route without a stated policy: the least every route must do.
          if (who === 'anoniem' && !deniedLogin(status, location) && status !== 404) say('open without login');
          if (who.endsWith('-ander') && route.path.includes(':org') && status < 300) say("another organisation's page");
          continue;
        }
        const mayEnter = allowed[policy].includes(who);
        if (policy === 'public') {
          if (status === 403) say('public route refused');
        } else if (mayEnter) {
          if (status === 403 || deniedLogin(status, location)) say(`should be allowed (${policy})`);
        } else if (who === 'anoniem') {
          if (!deniedLogin(status, location)) say('should ask to log in');
        } else if (status !== 403) {
          say(`should be refused with 403 (${policy})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('lets anybody log out', async () => {
    for (const who of WHO) {
      const s = logoutSessions[who];
      const res = await s.agent.post('/uitloggen').type('form').send({ _csrf: s.csrf });
      expect(res.status, who).toBe(303);
      expect(res.headers.location).toBe('/inloggen');
    }
  });

  it('shows each role only the menu items it may use', async () => {
    const menu = async (who: Who) => {
      const page = $((await sessions[who].agent.get('/toegankelijkheid')).text);
      return page('.site-nav a').map((_i, el) => page(el).attr('href')).get();
    };
    expect(await menu('anoniem')).toEqual([]);
    expect(await menu('respondent')).not.toContain('/beheer');
    expect(await menu('vaststeller')).toEqual(await menu('respondent'));
    expect(await menu('analyst')).not.toContain('/beheer');
    expect(await menu('coordinator')).toContain('/beheer');
    expect(await menu('admin')).toContain('/beheer');
    const sub = async (who: Who) => {
      const page = $((await sessions[who].agent.get('/beheer')).text);
      return page('.coord-subnav a').map((_i, el) => page(el).attr('href')).get();
    };
    expect(await sub('coordinator')).not.toContain('/beheer/gebruikers');
    expect(await sub('admin')).toContain('/beheer/gebruikers');
  });
});
