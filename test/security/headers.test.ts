import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { $, createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const directives = (header: string) =>
  new Map(header.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe('security headers', () => {
  it('sends a strict Content-Security-Policy without inline script or style', async () => {
    const res = await request(ctx.app).get('/inloggen');
    const csp = directives(res.headers['content-security-policy'] ?? '');
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('sends the other helmet headers and a request id', async () => {
    const res = await request(ctx.app).get('/inloggen');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const own = await request(ctx.app).get('/inloggen').set('X-Request-Id', 'proxy-123');
    expect(own.headers['x-request-id']).toBe('proxy-123');
  });
});

describe('caching', () => {
  it('pages are never stored; stylesheets and scripts may be', async () => {
    expect((await request(ctx.app).get('/inloggen')).headers['cache-control']).toBe('no-store');
    expect((await request(ctx.app).get('/css/app.css')).headers['cache-control']).toBe('public, max-age=3600');
    expect((await request(ctx.app).get('/js/autosave.js')).headers['cache-control']).toBe('public, max-age=3600');
  });
});

describe('operations pages', () => {
  it('/healthz checks the database', async () => {
    const res = await request(ctx.app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok' });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('the accessibility statement states the level and how it was tested', async () => {
    const res = await request(ctx.app).get('/toegankelijkheid');
    expect(res.status).toBe(200);
    const page = $(res.text);
    expect(page('h1').text()).toBe('Toegankelijkheid');
    expect(page('main').text()).toContain('WCAG 2.1 niveau AA');
    expect(page('main').text()).toContain('axe-core');
  });
});
