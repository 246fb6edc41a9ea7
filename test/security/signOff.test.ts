import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../server/messages.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { offerFootprint } from '../support/inspect.ts';
import { fillPath, listRoutes, STATE_CHANGING } from './routes.ts';
import { WAVE } from '../support/wave.ts';
import { addVaststeller, base, fillIn, ORG, setSignOff } from '../coordination/signOffSupport.ts';

/**
 * Sign-off (issue 16, point 7) against forged and foreign requests: the sign-off routes are in the
 * CSRF sweep and refuse a post without a token while there is something to approve, and a
 * vaststeller of another organisation gets 403 on every route of this one.
 */
let ctx: TestContext;
const params = { wave: WAVE, org: ORG, theme: 'lokale-teams' };
const SIGN_OFF_ROUTES = [
  'POST /vragenlijst/:wave/:org/vaststellen', 'POST /vragenlijst/:wave/:org/terugsturen', 'POST /beheer/gebruikers/:id/rol',
];

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.addUser('beheer@example.nl', 'admin');
  await ctx.addUser('ams@example.nl', 'respondent', ORG);
  await addVaststeller(ctx, 'vast@example.nl', ORG);
  await addVaststeller(ctx, 'rdam@example.nl', 'GM0599');
  expect((await setSignOff(await ctx.login('beheer@example.nl'), { required: true, fourEyes: false })).status).toBe(303);
  const ams = await ctx.login('ams@example.nl');
  await fillIn(ams);
  expect((await ams.agent.post(`${base}/indienen`).type('form').send({ _csrf: ams.csrf })).headers.location).toBe(base);
});
afterAll(() => ctx.close());

// What a forged or foreign request could have changed.
const stateOf = () => offerFootprint(ctx);

describe('sign-off and CSRF', () => {
  it('the sweep finds the sign-off routes in the router', () => {
    const found = listRoutes(ctx.app).filter((r) => STATE_CHANGING.has(r.method)).map((r) => `${r.method} ${r.path}`);
    for (const k of SIGN_OFF_ROUTES) expect(found).toContain(k);
  });

  it('a vaststeller posting without a token or with a wrong one: 403, and the response stays offered', async () => {
    const me = await ctx.login('vast@example.nl');
    const before = await stateOf();
    expect(before).toMatchObject({ state: 'concept', offered: 1 });
    for (const path of [`${base}/vaststellen`, `${base}/terugsturen`]) {
      const res = await me.agent.post(path).type('form').send({ opmerking: 'Vervalst' });
      expect(res.status, path).toBe(403);
      expect(res.text).toContain(messages.csrf.slice(0, 25));
      expect((await me.agent.post(path).type('form').send({ _csrf: 'nep-token', opmerking: 'Vervalst' })).status).toBe(403);
    }
    expect(await stateOf()).toEqual(before);
  });
});

describe('sign-off and other organisations', () => {
  it("a vaststeller of another organisation gets 403 on every route of this organisation's response", async () => {
    const other = await ctx.login('rdam@example.nl');
    const before = await stateOf();
    for (const route of listRoutes(ctx.app).filter((r) => r.path.includes(':org'))) {
      const path = fillPath(route.path, params);
      const req = other.agent[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path);
      const res = STATE_CHANGING.has(route.method)
        ? await req.set('X-CSRF-Token', other.csrf).send({ answers: {}, opmerking: 'x' }) : await req;
      expect(res.status, `${route.method} ${path}`).toBe(403);
    }
    expect(await stateOf()).toEqual(before);
  });
});
