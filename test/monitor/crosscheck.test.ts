import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAnswersByValue, loadWaveOrganisations, waveAnswerBatches } from '../../server/db/repos/monitorData.ts';
import type { WaveTables } from '../../server/domain/monitor/types.ts';
import { buildWaveTables } from '../../server/services/monitorTables.ts';
import { generateWave } from '../../server/services/syntheticWave.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { WAVE } from './fixtures.ts';

// A national-size synthetic wave: the tables must agree with a plain SQL GROUP BY over the answers.
let ctx: TestContext;
let tables: WaveTables;
let grouped: Map<string, Map<string, number>>;
beforeAll(async () => {
  ctx = await createTestContext();
  const survey = ctx.services.surveys.get(WAVE)!;
  generateWave(ctx.database.sqlite, survey, WAVE, { scale: 1, seed: 7 });
  tables = await buildWaveTables(ctx.services, WAVE, {});
  grouped = new Map();
  for (const g of await countAnswersByValue(ctx.services.db, WAVE)) {
    const perValue = grouped.get(g.field) ?? new Map<string, number>();
    perValue.set(JSON.parse(g.value) as string, Number(g.n));
    grouped.set(g.field, perValue);
  }
});
afterAll(() => ctx.close());

describe('tables against a hand-written GROUP BY', () => {
  it('has the same counts and n for every table row', () => {
    const rows = tables.themes.flatMap((t) => t.tables).flatMap((t) => t.rows);
    expect(rows.length).toBe(ctx.services.surveys.get(WAVE)!.questions.filter((q) => q.kind === 'afspraak' || q.kind === 'beleving').length);
    for (const row of rows) {
      const perValue = grouped.get(row.questionId) ?? new Map<string, number>();
      expect(row.counts, row.questionId).toEqual(row.cellCodes.map((c) => perValue.get(c) ?? 0));
      expect(row.n, row.questionId).toBe([...perValue.values()].reduce((a, b) => a + b, 0));
    }
  });

  it('counts every submitted organisation of the reference data', async () => {
    const submitted = await ctx.services.db.selectFrom('responses').innerJoin('organisations', 'organisations.code', 'responses.organisation_code')
      .select(['organisations.actor_kind as kind']).select((eb) => eb.fn.countAll<number>().as('n'))
      .where('responses.state', '=', 'ingediend').groupBy('organisations.actor_kind').execute();
    for (const r of tables.respondents) {
      expect(r.n, r.actor).toBeLessThanOrEqual(Number(submitted.find((x) => x.kind === r.actor)?.n ?? 0));
    }
    expect(tables.respondents.find((r) => r.actor === 'gemeente')!.n).toBeGreaterThan(250);
  });
});

describe('loading the answers a batch of responses at a time', () => {
  it('gives every answer once, with its own organisation, whatever the batch size', async () => {
    const db = ctx.services.db;
    const orgs = await loadWaveOrganisations(db, WAVE);
    const load = async (size: number) => {
      const rows: string[] = [];
      let batches = 0;
      for await (const batch of waveAnswerBatches(db, orgs, { texts: true }, size)) {
        batches++;
        for (const r of batch) rows.push(`${r.org} ${r.field} ${r.value}`);
      }
      return { rows: rows.sort(), batches };
    };
    const whole = await load(10_000);
    const small = await load(7);
    expect(whole.batches).toBe(1);
    expect(small.batches).toBe(Math.ceil(orgs.length / 7));
    expect(small.rows).toEqual(whole.rows);
    const direct = ctx.database.sqlite
      .prepare('select o.organisation_code as org, a.field_id as field, a.value from answers a join responses o on o.id = a.response_id where o.wave_id = ?')
      .all(WAVE) as { org: string; field: string; value: string }[];
    expect(whole.rows).toEqual(direct.map((r) => `${r.org} ${r.field} ${r.value}`).sort());
  });
});
