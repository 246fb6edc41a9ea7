/**
 * Issue 19: instances started at the same moment on one new PostgreSQL database (a deployment rolling
 * out two replicas). Start-up migrates, loads reference data and makes waves and demo accounts; done by
 * several at once, that must neither fail nor make anything twice. Boots in one process here, so their
 * statements interleave at every step (each boot has a pool of its own, as an instance has).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testServerUrl, type FreshDatabase } from '../../scripts/bench/pgServers.ts';
import { boot, type Booted } from '../../server/services/bootstrap.ts';
import { listWaves } from '../support/inspectPg.ts';

const ADMIN_URL = testServerUrl();
let database: FreshDatabase;
let booted: Booted[] = [];

beforeAll(async () => {
  database = await freshDatabase(ADMIN_URL, 'pgscale_start');
});
afterAll(async () => {
  for (const b of booted) await b.database.close();
  await database?.drop();
});

describe('instances starting together on an empty PostgreSQL database', () => {
  it('four boots at once all succeed, with one set of waves and demo accounts', async () => {
    const config = { databaseUrl: database.url, databasePath: ':memory:', demo: true };
    booted = await Promise.all([1, 2, 3, 4].map(() => boot(config)));
    const accounts = booted.map((b) => b.demoAccounts.map((a) => a.email).sort());
    for (const a of accounts) expect(a).toEqual(accounts[0]);
    const waves = await listWaves(database.url);
    expect(new Set(waves).size).toBe(waves.length);
    expect(waves.length).toBeGreaterThan(0);
  });
});
