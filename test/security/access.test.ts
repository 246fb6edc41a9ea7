import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';
import { hasResponse } from '../support/inspect.ts';
import { fillPath, listRoutes, STATE_CHANGING } from './routes.ts';
import { WAVE } from '../support/wave.ts';

/** Pages anyone may see without logging in. A new public page must be added here on purpose. */
const PUBLIC = new Set([
  '/healthz', '/inloggen', '/inloggen/code', '/toegankelijkheid',
  // The privacy statement and the contact page (issue 15): what every government service shows to anyone.
  '/privacy', '/contact',
  // Password links from e-mails (coordination issue): guarded by the token in the address.
  '/wachtwoord-vergeten', '/wachtwoord/instellen/:token',
]);

let ctx: TestContext;
const params = { wave: WAVE, org: 'GM0363', theme: 'lokale-teams' };
beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
  await ctx.addUser('rdam@example.nl', 'respondent', 'GM0599');
});
afterAll(() => ctx.close());

describe('route × role × organisation, for every route', () => {
  it('without logging in, every non-public page sends you to the login page (API: 401)', async () => {
    const gets = listRoutes(ctx.app).filter((r) => r.method === 'GET' && !PUBLIC.has(r.path));
    expect(gets.length).toBeGreaterThan(8);
    for (const route of gets) {
      const res = await request(ctx.app).get(fillPath(route.path, params));
      if (route.path.startsWith('/api/')) expect(res.status, route.path).toBe(401);
      else {
        expect([302, 303], route.path).toContain(res.status);
        expect(res.headers.location, route.path).toBe('/inloggen');
      }
    }
  });

  it("a respondent gets 403 on every route of another organisation, reading or writing", async () => {
    const other = await ctx.login('rdam@example.nl');
    const withOrg = listRoutes(ctx.app).filter((r) => r.path.includes(':org'));
    expect(withOrg.length).toBeGreaterThan(8);
    for (const route of withOrg) {
      const path = fillPath(route.path, params);
      const req = other.agent[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path);
      const res = STATE_CHANGING.has(route.method) ? await req.set('X-CSRF-Token', other.csrf).send({ answers: {} }) : await req;
      expect(res.status, `${route.method} ${path}`).toBe(403);
    }
    // Nothing was created for Amsterdam along the way.
    expect(await hasResponse(ctx.services, WAVE, 'GM0363')).toBe(false);
  });

  it('respondents cannot open the second-factor settings (staff only)', async () => {
    const me = await ctx.login('ams@example.nl');
    expect((await me.agent.get('/account')).status).toBe(200);
    expect((await me.agent.get('/account/tweestapsverificatie')).status).toBe(403);
  });
});
