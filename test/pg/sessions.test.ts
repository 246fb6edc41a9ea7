import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type session from 'express-session';
import pg from 'pg';
import { createPgSessionStore, TOUCH_EVERY_MS } from '../../server/http/sessionStores.ts';
import { createDatabase, dropAll, pgApp, secondInstance, type PgApp } from '../support/postgres.ts';

const WAVE_PATH = '/api/waves/hervormingsagenda-2024/responses/GM0363';
let url: string;
let first: PgApp;
let second: PgApp;

beforeAll(async () => {
  ({ url } = await createDatabase('sessions'));
  first = await pgApp(url);
  // A second instance: its own pool and app on the same database, with the same SESSION_SECRET.
  second = await secondInstance(first);
  await first.addUser('ams@example.nl', 'respondent', 'GM0363');
});
afterAll(async () => {
  await first.database.close();
  await second.database.close();
  await dropAll();
});

describe('sessions on PostgreSQL', () => {
  it('a login on one instance is valid on the other, and logging out there ends it on both', async () => {
    const me = await first.login('ams@example.nl');
    const cookie = (await me.agent.get('/').expect(200)).request.cookies;
    expect(cookie).toContain('afsprakenmonitor.sid=');
    const onSecond = await request(second.app).get(WAVE_PATH).set('Cookie', cookie);
    expect(onSecond.status).toBe(200);
    // A save through the second instance with the first one's form token: same session, same token.
    const saved = await request(second.app).put(WAVE_PATH).set('Cookie', cookie).set('X-CSRF-Token', me.csrf)
      .send({ version: (onSecond.body as { version: number }).version, answers: { 'gemeente.reikwijdte.01.toelichting': 'via de tweede' } });
    expect(saved.status).toBe(200);
    expect((await me.agent.get(WAVE_PATH)).body.answers['gemeente.reikwijdte.01.toelichting']).toBe('via de tweede');

    await request(second.app).post('/uitloggen').set('Cookie', cookie).type('form').send({ _csrf: me.csrf });
    expect((await me.agent.get(WAVE_PATH)).status).toBe(401);
  });

  it('writes the expiry at most once a minute per session, and always after a minute', async () => {
    const start = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start);
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    try {
      const store = createPgSessionStore(pool);
      const sess = { cookie: { expires: new Date(start + 3_600_000), originalMaxAge: 3_600_000 } } as unknown as session.SessionData;
      const call = (f: (cb: (err?: unknown) => void) => void) => new Promise<void>((resolve, reject) => f((err) => (err ? reject(err) : resolve())));
      const expiry = async () => (await pool.query<{ e: number }>("select extract(epoch from expire) as e from sessions where sid = 'a'")).rows[0]?.e;
      await call((cb) => store.set('a', sess, cb));
      const written = await expiry();
      expect(written).toBeGreaterThan(0);
      sess.cookie.expires = new Date(start + 3_630_000);
      vi.setSystemTime(start + 30_000);
      await call((cb) => store.touch!('a', sess, cb));
      expect(await expiry()).toBe(written);
      vi.setSystemTime(start + TOUCH_EVERY_MS + 1_000);
      await call((cb) => store.touch!('a', sess, cb));
      expect(await expiry()).toBe(written! + 30);
    } finally {
      vi.useRealTimers();
      await pool.end();
    }
  });
});
