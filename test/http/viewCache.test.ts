import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { createApp } from '../../server/app.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

// Issue 18: Express keeps compiled templates only with NODE_ENV=production; `npm start` in demo mode
// (and the bench) compiled every template on every page. VIEW_CACHE now decides, on by default.
let ctx: TestContext;
beforeAll(async () => { ctx = await createTestContext(); });
afterAll(() => ctx.close());

const appWith = (env: NodeJS.ProcessEnv) =>
  createApp(ctx.services, { config: { ...loadConfig({ NODE_ENV: 'test', ...env }), demo: false }, sessionDbPath: ':memory:' });

describe('compiled templates', () => {
  it('are kept by default, outside production too, and not with VIEW_CACHE=false', () => {
    expect(loadConfig({}).viewCache).toBe(true);
    expect(loadConfig({ VIEW_CACHE: 'false' }).viewCache).toBe(false);
  });

  it('a page rendered twice is looked up once when kept, every time when not', async () => {
    for (const [env, kept] of [[{}, true], [{ VIEW_CACHE: 'false' }, false]] as const) {
      const app = appWith(env);
      for (let i = 0; i < 2; i++) expect((await request(app).get('/inloggen')).status).toBe(200);
      const cache = (app as unknown as { cache: Record<string, unknown> }).cache;
      expect(Object.keys(cache).length > 0, JSON.stringify(env)).toBe(kept);
    }
  });
});
