import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SegmentFilter } from '../../server/domain/monitor/types.ts';
import { seedDemoAnswers } from '../../server/services/demoAnswers.ts';
import { buildWaveTables, computeWaveTables } from '../../server/services/monitorTables.ts';
import { generateWave } from '../../server/services/syntheticWave.ts';
import { storeAnswerAsIs } from '../support/arrange.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { previousWaveTables } from '../support/previousTables/run.ts';
import { WAVE } from '../support/wave.ts';

// Issue 18: the tables are now counted in one streaming pass (domain/monitor/tally.ts). They must be
// the same, cell for cell, as main computed them before from an index of every answer.
const FILTERS: SegmentFilter[] = [
  {}, { includeUnsubmitted: true }, { inhabitants: 'ge100k' }, { inhabitants: 'lt100k', includeUnsubmitted: true },
  { province: 'PV27' }, { region: 'JZ13' }, { urbanisation: '1' }, { province: 'PV20', region: 'JZ13' },
];
const SINK = 'keukentafel-test';
const extraSurveyDirs = [path.join(import.meta.dirname, '../fixtures/kitchen-sink')];

async function sameTables(ctx: TestContext, wave: string, filters: SegmentFilter[]) {
  for (const filter of filters) {
    const before = await previousWaveTables(ctx.services, wave, filter);
    const after = await computeWaveTables(ctx.services, wave, filter);
    expect(after, `${wave} ${JSON.stringify(filter)}`).toEqual(before);
  }
}

describe('streaming tally against the previous in-memory computation', () => {
  let ctx: TestContext;
  let sink: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    sink = await createTestContext(undefined, {}, { extraSurveyDirs });
  });
  afterAll(() => { ctx.close(); sink.close(); });

  it('gives the same tables for the national demo data, under every kind of filter', async () => {
    const made = await seedDemoAnswers(ctx, new Set());
    expect(made!.answers).toBeGreaterThan(10_000);
    const national = await buildWaveTables(ctx.services, WAVE, {});
    expect(national.respondents.find((r) => r.actor === 'gemeente')!.n).toBeGreaterThan(250);
    await sameTables(ctx, WAVE, FILTERS);
  });

  it('gives the same tables for a generated wave of every question type, half left blank', async () => {
    // The kitchen-sink survey: several answers, numbers, dates, scales; concepts beside submitted responses.
    await generateWave(sink.database, sink.services.surveys.get(SINK)!, SINK, { scale: 3, seed: 11, fill: 0.5, submitted: 0.6 });
    const tables = await buildWaveTables(sink.services, SINK, { includeUnsubmitted: true });
    const stats = tables.themes.flatMap((t) => t.informative);
    expect(stats.some((s) => s.multiple && s.n > 0)).toBe(true);
    expect(stats.some((s) => s.numbers !== null && s.n > 0)).toBe(true);
    await sameTables(sink, SINK, [{}, { includeUnsubmitted: true }]);
  });

  it('gives the same tables for a generated national wave at twice the size, with blanks and follow-ups', async () => {
    const big = await createTestContext();
    try {
      await generateWave(big.database, big.services.surveys.get(WAVE)!, WAVE, { scale: 2, seed: 5, fill: 0.5, submitted: 0.7 });
      // Data as it really was: a follow-up whose condition no longer holds (answered 'ja', the reason kept).
      await storeAnswerAsIs(big, WAVE, 'GM0363', 'gemeente.eenvoudiger-uitvoering.01', 'ja');
      await storeAnswerAsIs(big, WAVE, 'GM0363', 'gemeente.eenvoudiger-uitvoering.04', 'andere_reden');
      // A stored value holding the characters the SQLite read packs answers with (tallyRows.ts).
      await storeAnswerAsIs(big, WAVE, 'GM0014', 'gemeente.reikwijdte.01', 'ja\x1egemeente.reikwijdte.02\x1fnee');
      const stats = (await buildWaveTables(big.services, WAVE, {})).themes.flatMap((t) => t.informative);
      expect(stats.some((s) => s.followUp && s.n > 0 && s.baseN! > s.n)).toBe(true);
      await sameTables(big, WAVE, FILTERS);
    } finally {
      big.close();
    }
  });
});
