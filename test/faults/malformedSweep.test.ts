import request, { type Test } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../support/context.ts';
import { fillPath, listRoutes, STATE_CHANGING, type AppRoute } from '../security/routes.ts';
import { ODD_BODIES, ODD_PARAMS, ODD_QUERIES } from './malformedInputs.ts';

/**
 * Every route × malformed input, as anonymous visitor, respondent and administrator: the answer is
 * never a 5xx (a malformed request is the client's mistake, 4xx) and nothing escapes as an
 * uncaught exception.
 */
let ctx: TestContext;
let values: Record<string, string>;
const uncaught: unknown[] = [];
const onUncaught = (err: unknown) => uncaught.push(err);

beforeAll(async () => {
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  ctx = await createTestContext();
  await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
  await ctx.addUser('beheer@example.nl', 'admin');
  const spare = await ctx.addUser('reserve@example.nl', 'respondent', 'GM0599');
  values = { wave: 'hervormingsagenda-2024', org: 'GM0363', theme: 'reikwijdte', code: 'GM0363', id: String(spare), token: 'x' };
});
afterAll(async () => {
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUncaught);
  await ctx.close();
});

type Agent = ReturnType<typeof request.agent>;
const send = (agent: Agent | ReturnType<typeof request>, method: string, url: string, csrf: string): Test =>
  (agent as unknown as Record<string, (u: string) => Test>)[method.toLowerCase()]!(url).set('X-CSRF-Token', csrf);

async function sweep(routes: AppRoute[], agent: Agent | ReturnType<typeof request>, csrf: string): Promise<string[]> {
  const failures: string[] = [];
  const check = async (what: string, t: Test) => {
    const res = await t.ok(() => true);
    if (res.status >= 500) failures.push(`${what} → ${res.status}`);
  };
  for (const route of routes) {
    const url = fillPath(route.path, values);
    const label = `${route.method} ${route.path}`;
    for (const [name, q] of Object.entries(ODD_QUERIES)) await check(`${label} ?${name}`, send(agent, route.method, `${url}?${q}`, csrf));
    if (route.path.includes(':')) {
      for (const [name, odd] of Object.entries(ODD_PARAMS)) {
        await check(`${label} param ${name}`, send(agent, route.method, route.path.replace(/:(\w+)/g, odd), csrf));
      }
    }
    if (STATE_CHANGING.has(route.method)) {
      for (const [name, body] of Object.entries(ODD_BODIES)) await check(`${label} body ${name}`, body(send(agent, route.method, url, csrf)));
    }
    for (const method of ['HEAD', 'OPTIONS', 'PATCH']) await check(`${method} ${route.path}`, send(agent, method, url, csrf));
  }
  return failures;
}

describe('malformed requests get a 4xx, never a 5xx or a crash', () => {
  const TIMEOUT = 240_000;
  it('as an anonymous visitor', async () => {
    const anon = request.agent(ctx.app);
    const page = await anon.get('/inloggen');
    const csrf = /name="csrf-token" content="([^"]+)"/.exec(page.text)?.[1] ?? '';
    expect(await sweep(listRoutes(ctx.app), anon, csrf)).toEqual([]);
    expect(uncaught).toEqual([]);
  }, TIMEOUT);

  // Logging out would end the session halfway; the anonymous sweep covers that route.
  const loggedIn = (s: Session) => sweep(listRoutes(ctx.app).filter((r) => r.path !== '/uitloggen'), s.agent, s.csrf);

  it('as a respondent', async () => {
    expect(await loggedIn(await ctx.login('ams@example.nl'))).toEqual([]);
    expect(uncaught).toEqual([]);
  }, TIMEOUT);

  it('as an administrator', async () => {
    expect(await loggedIn(await ctx.login('beheer@example.nl'))).toEqual([]);
    expect(uncaught).toEqual([]);
    // Still answering normally afterwards.
    expect((await request(ctx.app).get('/healthz')).status).toBe(200);
  }, TIMEOUT);
});
