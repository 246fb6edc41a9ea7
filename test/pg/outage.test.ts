import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../server/messages.ts';
import { $ } from '../support/context.ts';
import { dropAll, type PgApp } from '../support/postgres.ts';
import { pgAppThroughProxy, type TcpProxy } from '../support/tcpProxy.ts';

const WAVE_PATH = '/api/waves/hervormingsagenda-2024/responses/GM0363';
const FIELD = 'gemeente.reikwijdte.01.toelichting';
let proxy: TcpProxy;
let app: PgApp;

beforeAll(async () => {
  ({ proxy, app } = await pgAppThroughProxy('outage'));
  await app.addUser('ams@example.nl', 'respondent', 'GM0363');
});
afterAll(async () => {
  await proxy.restore().catch(() => {});
  await app.database.close();
  await proxy.close();
  await dropAll();
});

describe('PostgreSQL out of reach while the app runs', () => {
  it('pages get a Dutch 503 page, the API a Dutch 503 JSON, /healthz 503; nothing crashes, and all is back with the database', async () => {
    const me = await app.login('ams@example.nl');
    const before = (await me.agent.get(WAVE_PATH).expect(200)).body as { version: number };
    expect((await request(app.app).get('/healthz')).status).toBe(200);

    await proxy.cut();
    const page = await me.agent.get('/');
    expect(page.status).toBe(503);
    expect(page.type).toBe('text/html');
    expect($(page.text)('main, body').text()).toContain(messages.databaseUnavailable);
    expect(page.headers['retry-after']).toMatch(/^\d+$/);
    // Not logged in either: the login page needs the session store too.
    const login = await request(app.app).get('/inloggen');
    expect(login.status).toBe(503);
    expect(login.text).toContain(messages.databaseUnavailable);
    // An autosave: JSON with the message and Retry-After, which public/js/autosave.js follows to try again.
    const saved = await me.agent.put(WAVE_PATH).set('X-CSRF-Token', me.csrf).send({ version: before.version, answers: { [FIELD]: 'tijdens de storing' } });
    expect(saved.status).toBe(503);
    expect(saved.body).toEqual({ error: messages.databaseUnavailable });
    expect(saved.headers['retry-after']).toMatch(/^\d+$/);
    expect(messages.databaseUnavailable).toContain('niet bewaard');
    const health = await request(app.app).get('/healthz');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'fout', database: 'niet bereikbaar' });
    // No stack trace or SQL on the page.
    expect(page.text).not.toMatch(/ECONNREFUSED|at .*\.ts:\d+/);

    await proxy.restore();
    expect((await request(app.app).get('/healthz')).status).toBe(200);
    // The session lived in the database all along: the same login, and the save autosave retries goes through.
    const again = await me.agent.put(WAVE_PATH).set('X-CSRF-Token', me.csrf).send({ version: before.version, answers: { [FIELD]: 'na de storing' } });
    expect(again.status).toBe(200);
    expect((await me.agent.get(WAVE_PATH)).body.answers[FIELD]).toBe('na de storing');
    expect((await me.agent.get('/')).status).toBe(200);
  });

  it('connections cut in the middle (the server restarting) give 503 too, and the pool reconnects', async () => {
    const me = await app.login('ams@example.nl');
    await me.agent.get(WAVE_PATH).expect(200);
    // Open pool connections are cut while idle, and the next requests find no server.
    await proxy.cut();
    const statuses = await Promise.all([me.agent.get(WAVE_PATH), me.agent.get('/'), request(app.app).get('/healthz')].map(async (r) => (await r).status));
    expect(statuses).toEqual([503, 503, 503]);
    await proxy.restore();
    expect((await me.agent.get(WAVE_PATH)).status).toBe(200);
  });
});
