import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostgresUrl } from '../../server/db/database.ts';
import { setOrganisation } from '../support/arrange.ts';
import { testDatabaseTarget } from '../support/testDatabase.ts';
import { createTestContext, type Session, type TestContext } from '../support/context.ts';
import { seedResponse, WAVE } from './fixtures.ts';

// Issue 18: tables are kept until the wave's data moves. Every way the figures can change must show
// on the next request, also when another instance on the same database changed them.
const FIELD = 'gemeente.aanpalende-domeinen.01';
let a: TestContext;
let b: TestContext;
let analyst: Session;
let coordinator: Session;

let dropDatabase: () => Promise<void>;

beforeAll(async () => {
  // One database for both apps: a SQLite file, or under test:pg one PostgreSQL database.
  const shared = await testDatabaseTarget(path.join(mkdtempSync(path.join(tmpdir(), 'tables-cache-')), 'monitor.sqlite'));
  dropDatabase = shared.drop;
  const where = isPostgresUrl(shared.target) ? { databaseUrl: shared.target } : { databasePath: shared.target };
  a = await createTestContext(undefined, where);
  b = await createTestContext(undefined, where);
  analyst = await a.loginAs('analist@example.nl', 'analyst');
  coordinator = await b.loginAs('coordinator@example.nl', 'coordinator');
  for (const code of ['GM0014', 'GM0034', 'GM0037']) await seedResponse(a.services, code, { [FIELD]: 'ja' });
});
afterAll(async () => { await a.close(); await b.close(); await dropDatabase(); });

async function gemeenten(filter = '') {
  const res = await analyst.agent.get(`/api/waves/${WAVE}/tables${filter}`);
  expect(res.status).toBe(200);
  const row = rowOf(res.body);
  return { n: row.n, counts: row.counts };
}

interface Row { questionId: string; n: number; counts: number[] | null; cellCodes: string[] }
const rowOf = (tables: { themes: { tables: { rows: Row[] }[] }[] }): Row =>
  tables.themes.flatMap((t) => t.tables).flatMap((t) => t.rows).find((r) => r.questionId === FIELD)!;

describe('monitor tables kept between requests', () => {
  it('count a submission made through another instance on the next request', async () => {
    expect((await gemeenten()).n).toBe(3);
    expect((await gemeenten()).n).toBe(3);
    await seedResponse(b.services, 'GM0047', { [FIELD]: 'nee' });
    expect((await gemeenten()).n).toBe(4);
  });

  it('drop a response that is reopened', async () => {
    const res = await coordinator.agent.post(`/api/waves/${WAVE}/responses/GM0047/reopen`).set('x-csrf-token', coordinator.csrf);
    expect(res.status).toBe(200);
    expect((await gemeenten()).n).toBe(3);
  });

  it('follow a changed answer and a change in the register that moves an organisation into a segment', async () => {
    const segment = '?inwoners=ge100k';
    const before = (await gemeenten(segment)).n;
    // A register edit is stamped with the clock (the import's time), later than the data it replaces.
    b.setNow(new Date('2024-05-16T09:00:00Z'));
    await setOrganisation(b.services, 'GM0037', { inhabitants: 150_000 }); // Stadskanaal, some 32,000 in the register
    expect((await gemeenten(segment)).n).toBe(before + 1);
    await seedResponse(b.services, 'GM0034', { [FIELD]: 'nee' });
    const all = await analyst.agent.get(`/api/waves/${WAVE}/tables`);
    const row = rowOf(all.body);
    expect(row.counts![row.cellCodes.indexOf('ja')]).toBe(2); // GM0014 and GM0037 still 'ja', GM0034 now 'nee'
  });

  it('show the explanations of a theme as they are now: a new explanation, a changed one, a renamed organisation', async () => {
    const page = async () => {
      const res = await analyst.agent.get(`/monitor/${WAVE}/thema/aanpalende-domeinen`);
      expect(res.status).toBe(200);
      return res.text;
    };
    expect(await page()).not.toContain('Eerste toelichting uit Groningen');
    await seedResponse(b.services, 'GM0014', { [FIELD]: 'ja', [`${FIELD}.toelichting`]: 'Eerste toelichting uit Groningen' });
    expect(await page()).toContain('Eerste toelichting uit Groningen');
    expect(await page()).toContain('Eerste toelichting uit Groningen');
    await seedResponse(b.services, 'GM0014', { [FIELD]: 'ja', [`${FIELD}.toelichting`]: 'Tweede toelichting uit Groningen' });
    const changed = await page();
    expect(changed).toContain('Tweede toelichting uit Groningen');
    expect(changed).not.toContain('Eerste toelichting uit Groningen');
    b.setNow(new Date('2024-05-17T09:00:00Z'));
    await setOrganisation(b.services, 'GM0014', { name: 'Stad Groningen' });
    expect(await page()).toContain('Stad Groningen');
  });
});

