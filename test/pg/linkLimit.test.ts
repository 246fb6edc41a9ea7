import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visit } from '../support/context.ts';
import { createDatabase, dropAll, pgApp, secondInstance, type PgApp } from '../support/postgres.ts';

// express-rate-limit's default MemoryStore counts per process: two instances would allow twice the
// budget. The link requests (forgotten password, new invitation link) count in the database instead.
let first: PgApp;
let second: PgApp;

beforeAll(async () => {
  const { url } = await createDatabase('links');
  first = await pgApp(url);
  second = await secondInstance(first);
});
afterAll(async () => {
  await first.database.close();
  await second.database.close();
  await dropAll();
});

describe('the link-request limit across two instances', () => {
  it('20 requests from one address in a quarter of an hour, counted together on both instances', async () => {
    const ask = async (app: PgApp, i: number) => {
      const { agent, csrf } = await visit(app.app, '/wachtwoord-vergeten');
      return agent.post('/wachtwoord-vergeten').type('form').send({ _csrf: csrf, email: `iemand-${i}@example.nl` });
    };
    const statuses: number[] = [];
    // Alternating: each instance on its own would still allow its next 10.
    for (let i = 0; i < 20; i++) statuses.push((await ask(i % 2 ? second : first, i)).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    for (const app of [first, second]) {
      const refused = await ask(app, 99);
      expect(refused.status).toBe(429);
      expect(refused.text).toContain('U hebt te vaak een link aangevraagd');
    }
  });
});
