import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../server/messages.ts';
import { $, createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
});
afterAll(() => ctx.close());

/** What a stack trace, a file path or an SQL error looks like in a response body. */
const LEAKS = [/\bat \S+ \(/, /node_modules/, /\.ts:\d+/, /Sqlite/i, /database connection/i, /SELECT |INSERT |UPDATE /, /TypeError|ReferenceError/];

const expectNoLeak = (body: string, where: string) => {
  for (const leak of LEAKS) expect(body, `${where} shows ${leak}`).not.toMatch(leak);
};

describe('errors show a Dutch message, never internals', () => {
  it('bad JSON, too large a body, an unknown page', async () => {
    const me = await ctx.login('ams@example.nl');
    const bad = await me.agent.put('/api/waves/hervormingsagenda-2024/responses/GM0363').set('X-CSRF-Token', me.csrf).set('Content-Type', 'application/json').send('{"answers": ');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ error: 'De invoer is geen geldige JSON.' });
    const big = await me.agent.put('/api/waves/hervormingsagenda-2024/responses/GM0363').set('X-CSRF-Token', me.csrf).send({ answers: { x: 'a'.repeat(2_000_000) } });
    expect(big.status).toBe(413);
    expectNoLeak(big.text, '413');
    const missing = await me.agent.get('/bestaat/niet');
    expect(missing.status).toBe(404);
    expect($(missing.text)('h1').text()).toBe('Pagina niet gevonden');
  });

  it("malformed requests: the client's mistake is a 4xx with a Dutch message, not a 500", async () => {
    const me = await ctx.login('ams@example.nl');
    const api = '/api/waves/hervormingsagenda-2024/responses/GM0363';
    const plain = await me.agent.post('/vragenlijst/hervormingsagenda-2024/GM0363/thema/reikwijdte').set('X-CSRF-Token', me.csrf).set('Content-Type', 'text/plain').send('tekst');
    expect(plain.status).toBe(415);
    expect($(plain.text)('main').text()).toContain(messages.unreadableBody);
    const empty = await me.agent.post('/beheer/herinneringen').set('X-CSRF-Token', me.csrf);
    expect(empty.status).toBe(403); // a respondent; before: a 500 on the missing body
    const charset = await me.agent.put(api).set('X-CSRF-Token', me.csrf).set('Content-Type', 'application/json; charset=latin1').send('{}');
    expect(charset.status).toBe(415);
    expect(charset.body).toEqual({ error: messages.badRequest });
    const gzip = await me.agent.put(api).set('X-CSRF-Token', me.csrf).set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send('geen gzip');
    expect(gzip.status).toBe(400);
    const escape = await me.agent.get('/vragenlijst/hervormingsagenda-2024/%E0%A4%A');
    expect(escape.status).toBe(400);
    expectNoLeak(escape.text, 'bad escape');
    const many = await me.agent.post('/vragenlijst/hervormingsagenda-2024/GM0363/thema/reikwijdte').type('form')
      .send(Array.from({ length: 6000 }, (_v, i) => `p${i}=1`).join('&'));
    expect(many.status).toBe(413);
  });

  it('a failing database: 500 page and JSON without stack trace or SQL; /healthz says 503', async () => {
    const me = await ctx.login('ams@example.nl');
    const broken = await createTestContext();
    await broken.addUser('ams@example.nl', 'respondent', 'GM0363');
    const victim = await broken.login('ams@example.nl');
    await broken.close(); // every query now throws ("The database connection is not open" on SQLite)
    const page = await victim.agent.get('/vragenlijst/hervormingsagenda-2024/GM0363');
    expect(page.status).toBe(500);
    expect($(page.text)('main').text()).toContain(messages.serverError);
    // The request id from the log, so a report can be traced; nothing else about the error.
    expect($(page.text)('main code').text()).toBe(page.headers['x-request-id']);
    expectNoLeak(page.text, 'page');
    const api = await victim.agent.get('/api/waves').set('Accept', 'application/json');
    expect(api.status).toBe(500);
    expect(api.body).toEqual({ error: messages.serverError });
    const health = await request(broken.app).get('/healthz');
    expect(health.status).toBe(503);
    expectNoLeak(health.text, 'healthz');
    // The app under test is not affected.
    expect((await me.agent.get('/account')).status).toBe(200);
  });
});

describe('views contain no inline script, inline style or event handlers (the CSP would block them)', () => {
  const root = path.resolve(import.meta.dirname, '../../views');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? files(path.join(dir, f)) : f.endsWith('.ejs') ? [path.join(dir, f)] : []));

  it.each(files(root).map((f) => [path.relative(root, f), f]))('%s', (_name, file) => {
    const src = readFileSync(file, 'utf8');
    expect(src).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(src).not.toMatch(/\sstyle=/i);
    expect(src).not.toMatch(/<style[\s>]/i);
    expect(src).not.toMatch(/\son[a-z]+=["']/i);
    expect(src).not.toMatch(/javascript:/i);
  });
});
