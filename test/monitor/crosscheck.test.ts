import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WaveTables } from '../../server/domain/monitor/types.ts';
import { buildWaveTables } from '../../server/services/monitorTables.ts';
import { generateWave } from '../../server/services/syntheticWave.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { answerCounts, answerLines, answerLinesInBatches, submittedPerKind } from '../support/inspectBatches.ts';
import { WAVE } from './fixtures.ts';

// A national-size synthetic wave: the tables must agree with a plain SQL GROUP BY over the answers.
let ctx: TestContext;
let tables: WaveTables;
let grouped: Map<string, Map<string, number>>;
beforeAll(async () => {
  ctx = await createTestContext();
  const survey = ctx.services.surveys.get(WAVE)!;
  await generateWave(ctx.database, survey, WAVE, { scale: 1, seed: 7 });
  tables = await buildWaveTables(ctx.services, WAVE, {});
  grouped = await answerCounts(ctx.services, WAVE);
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
    const submitted = await submittedPerKind(ctx.services, WAVE);
    for (const r of tables.respondents) {
      expect(r.n, r.actor).toBeLessThanOrEqual(submitted.get(r.actor) ?? 0);
    }
    expect(tables.respondents.find((r) => r.actor === 'gemeente')!.n).toBeGreaterThan(250);
  });
});

describe('loading the answers a batch of responses at a time', () => {
  it('gives every answer once, with its own organisation, whatever the batch size', async () => {
    const whole = await answerLinesInBatches(ctx.services, WAVE, 10_000);
    const small = await answerLinesInBatches(ctx.services, WAVE, 7);
    expect(whole.batches).toBe(1);
    expect(small.batches).toBe(Math.ceil(small.responses / 7));
    expect(small.lines).toEqual(whole.lines);
    expect(whole.lines).toEqual(await answerLines(ctx.services, WAVE));
  });
});
