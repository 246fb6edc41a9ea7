import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { LIMITS } from '../../server/auth/throttle.ts';
import { loadConfig } from '../../server/config.ts';
import { parseTrustProxy } from '../../server/configEnv.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { csrfOf } from './authSupport.ts';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(() => ctx.close());

/**
 * The production app, reached as if over TLS (the socket says it is encrypted, as a TLS socket
 * does), so its Secure session cookie is set without believing any forwarded header.
 */
function productionServer(env: Record<string, string> = {}) {
  const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), DATABASE_PATH: ':memory:', ...env });
  const app = createApp(ctx.services, { config, sessionDbPath: ':memory:' });
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    (req.socket as { encrypted?: boolean }).encrypted = true;
    app(req, res);
  });
}

/** One login attempt (each on another account) by a fresh visitor claiming to come from `forwardedFor`. */
let attempts = 0;
async function attemptFrom(server: ReturnType<typeof productionServer>, forwardedFor: string) {
  const page = await request(server).get('/inloggen').set('X-Forwarded-For', forwardedFor);
  const cookie = (page.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
  return request(server).post('/inloggen').set('Cookie', cookie).set('X-Forwarded-For', forwardedFor).type('form')
    .send({ _csrf: csrfOf(page.text), email: `iemand-${attempts++}@example.nl`, password: 'fout-wachtwoord' });
}

describe('TRUST_PROXY', () => {
  it('is off by default, also in production: a spoofed X-Forwarded-For does not give a fresh per-address budget', async () => {
    const server = productionServer();
    for (let i = 0; i < LIMITS.address.max; i++) expect((await attemptFrom(server, `203.0.113.${i}`)).status).toBe(401);
    expect((await attemptFrom(server, '198.51.100.7')).status).toBe(429);
  });

  it('when set, the address the proxy forwards is the one that is counted', async () => {
    const server = productionServer({ TRUST_PROXY: '1' });
    for (let i = 0; i < LIMITS.address.max; i++) expect((await attemptFrom(server, '203.0.113.9')).status).toBe(401);
    expect((await attemptFrom(server, '203.0.113.9')).status).toBe(429);
    expect((await attemptFrom(server, '198.51.100.7')).status).toBe(401);
  });

  it('reads off, a number of hops, yes, or a list of proxy addresses', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('true')).toBe(1);
    expect(parseTrustProxy('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(loadConfig({}).host).toBeUndefined();
  });
});
