import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/context.ts';
import { createDatabase, dropAll, pgApp, secondInstance, type PgApp } from '../support/postgres.ts';

// A browser follows the redirect after logging in as soon as the headers are there. The session must be
// stored by then, also when storing takes a while (a busy PostgreSQL server, here made slow on purpose):
// otherwise the late write of the login's session lands after the next page's (on the other instance)
// and takes its form token away, and every save after it is refused as an expired form (403).
const NOW = () => new Date('2024-05-15T10:00:00Z');
const WAVE_PATH = '/api/waves/hervormingsagenda-2024/responses/GM0363';
let first: PgApp;
let second: PgApp;
const servers: Server[] = [];
const bases: string[] = [];

beforeAll(async () => {
  const { url } = await createDatabase('commit');
  first = await pgApp(url, NOW);
  second = await secondInstance(first, NOW);
  await first.addUser('ams@example.nl', 'respondent', 'GM0363');
  // Every session write of the first instance takes half a second.
  const pool = first.database.pool;
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  (pool as unknown as { query: typeof query }).query = async (...args: unknown[]) => {
    if (typeof args[0] === 'string' && /^INSERT INTO "sessions"/.test(args[0])) await new Promise((r) => setTimeout(r, 500));
    return query(...args);
  };
  for (const app of [first, second]) {
    const server = await new Promise<Server>((resolve) => { const s = app.app.listen(0, '127.0.0.1', () => resolve(s)); });
    servers.push(server);
    bases.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }
});
afterAll(async () => {
  for (const s of servers) { s.closeAllConnections(); s.close(); }
  await first.database.close();
  await second.database.close();
  await dropAll();
});

const cookieOf = (res: Response) => res.headers.getSetCookie().find((c) => c.startsWith('afsprakenmonitor.sid='))?.split(';')[0] ?? '';
const csrfOf = (html: string) => /<meta name="csrf-token" content="([^"]+)"/.exec(html)?.[1] ?? '';

describe('a changed session is stored before the response goes out', () => {
  it('the page after logging in (on the other instance) is logged in, and its form token works for a save', async () => {
    const page = await fetch(`${bases[0]}/inloggen`);
    const form = await page.text();
    let cookie = cookieOf(page);
    const posted = await fetch(`${bases[0]}/inloggen`, {
      method: 'POST', redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ _csrf: csrfOf(form), email: 'ams@example.nl', password: TEST_PASSWORD }),
    });
    expect(posted.status).toBe(303);
    cookie = cookieOf(posted) || cookie;
    // At once, as a browser would, before reading the rest of the answer.
    const home = await fetch(`${bases[1]}/`, { headers: { cookie }, redirect: 'manual' });
    expect(home.status).toBe(200);
    const csrf = csrfOf(await home.text());
    await posted.text();
    const current = (await (await fetch(`${bases[0]}${WAVE_PATH}`, { headers: { cookie } })).json()) as { version: number };
    const saved = await fetch(`${bases[0]}${WAVE_PATH}`, {
      method: 'PUT', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: JSON.stringify({ version: current.version, answers: { 'gemeente.reikwijdte.01.toelichting': 'meteen na het inloggen' } }),
    });
    expect(saved.status).toBe(200);
  });
});
