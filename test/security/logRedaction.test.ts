import { Writable } from 'node:stream';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/http/logger.ts';
import { redactUrl } from '../../server/http/redact.ts';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../support/context.ts';
import { csrfOf, resetLink } from './authSupport.ts';

let ctx: TestContext;
let written: string;
let app: ReturnType<typeof createApp>;
let userId: number;
beforeEach(async () => {
  ctx = await createTestContext();
  userId = await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
  written = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      written += chunk.toString();
      done();
    },
  });
  // The same app as in production, with its request log going to a stream the test reads.
  const config = { ...(await import('../../server/config.ts')).loadConfig({ NODE_ENV: 'test' }), demo: false };
  app = createApp(ctx.services, { config, sessionDbPath: ':memory:', logger: createLogger(sink, 'info') });
});
afterEach(() => ctx.close());

/** pino-http writes its line when the response has finished; give that event its turn. */
const flushed = () => new Promise((resolve) => setImmediate(resolve));

describe('tokens never reach the request log', () => {
  it('invitation and reset links, ?token= and bearer tokens are redacted from every line', async () => {
    const link = await resetLink(ctx, 'ams@example.nl');
    const token = link.split('/').pop()!;
    const agent = request.agent(app);
    const page = await agent.get(link);
    expect(page.status).toBe(200);
    await agent.post(link).type('form').send({ _csrf: csrfOf(page.text), password: 'kort', confirm: 'kort' });
    await agent.post(`${link}/nieuwe-link`).type('form').send({ _csrf: csrfOf(page.text) });
    await agent.get('/inloggen?token=geheim-in-de-query-1234&ander=1');
    await request(app).get('/api/waves').set('Authorization', 'Bearer amt_geheim-bearer-token-5678');
    await flushed();

    const lines = written.trim().split('\n').map((l) => JSON.parse(l) as { req?: { url: string } });
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(written).not.toContain(token);
    expect(written).not.toContain('geheim-in-de-query-1234');
    expect(written).not.toContain('geheim-bearer-token-5678');
    const urls = lines.map((l) => l.req?.url);
    expect(urls).toContain('/wachtwoord/instellen/[Redacted]');
    expect(urls).toContain('/wachtwoord/instellen/[Redacted]/nieuwe-link');
    expect(urls).toContain('/inloggen?token=[Redacted]&ander=1');
  });

  it('redacts the upload forms\u2019 CSRF token and upload confirmation tokens, and leaves other addresses alone', () => {
    expect(redactUrl('/analyse/w/importeren?_csrf=abc&x=1')).toBe('/analyse/w/importeren?_csrf=[Redacted]&x=1');
    expect(redactUrl('/vragenlijst/w/GM0363/excel/controleren/abcdef123')).toBe('/vragenlijst/w/GM0363/excel/controleren/[Redacted]');
    expect(redactUrl('/vragenlijst/w/GM0363/thema/lokale-teams')).toBe('/vragenlijst/w/GM0363/thema/lokale-teams');
  });
});

describe('every request line says who made it', () => {
  it('a logged-in request carries the account id, an anonymous one null, a refused one too', async () => {
    const agent = request.agent(app);
    const form = await agent.get('/inloggen');
    await agent.post('/inloggen').type('form').send({ _csrf: csrfOf(form.text), email: 'ams@example.nl', password: TEST_PASSWORD });
    await agent.get('/');
    await agent.get('/bestaat-niet');
    await flushed();
    const lines = written.trim().split('\n').map((l) => JSON.parse(l) as { req: { method: string; url: string }; res: { statusCode: number }; userId: number | null });
    const line = (method: string, url: string) => lines.find((l) => l.req.method === method && l.req.url === url)!;
    expect(line('GET', '/inloggen').userId).toBeNull();
    expect(line('GET', '/').userId).toBe(userId);
    expect(line('GET', '/bestaat-niet')).toMatchObject({ userId, res: { statusCode: 404 } });
  });
});
