// Time to build every monitor table of a wave, beside one hand-written SQL GROUP BY over the same answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { countAnswersByValue } from '../../server/db/repos/monitorData.ts';
import { segmentConditions } from '../../server/domain/monitor/dimensions/index.ts';
import { boot } from '../../server/services/bootstrap.ts';
import { computeWaveTables } from '../../server/services/monitorTables.ts';
import { generateWave } from '../../server/services/syntheticWave.ts';
import { ms, record, times } from './summary.ts';
import { pairedMedians } from './timing.ts';

const SEGMENT = { inhabitants: 'ge100k' } as const;

/** Untimed runs before the timed ones at 1× (a few seconds in all); at 100× a run is long enough. */
const WARMUP_1X = 200;

async function benchScale(scale: number, runs: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'monitor-bench-'));
  try {
    const { services, database } = await boot({ databasePath: path.join(dir, 'bench.sqlite'), demo: false });
    const survey = [...services.surveys.values()][0]!;
    const t0 = performance.now();
    const made = await generateWave(database, survey, survey.id, { scale });
    const genMs = performance.now() - t0;
    const warm = scale === 1 ? WARMUP_1X : 0;
    const [tables, groupBy] = await pairedMedians(
      runs, () => computeWaveTables(services, survey.id, {}), () => countAnswersByValue(services.db, survey.id), warm);
    const conditions = segmentConditions(survey, SEGMENT);
    const [segment, segmentGroupBy] = await pairedMedians(
      runs, () => computeWaveTables(services, survey.id, SEGMENT), () => countAnswersByValue(services.db, survey.id, conditions), warm);
    const rowsOfTables = tables.result.themes.reduce((a, t) => a + t.tables.reduce((b, x) => b + x.rows.length, 0), 0);
    console.log(`schaal ${scale}×: ${made.organisations.toLocaleString('nl-NL')} organisaties, ${made.answers.toLocaleString('nl-NL')} antwoorden (aangemaakt in ${genMs.toFixed(0)} ms)`);
    console.log(`  alle tabellen (${tables.result.themes.length} thema's, ${rowsOfTables} rijen, ${tables.result.agreements.length} gedeelde afspraken): ${tables.ms.toFixed(1)} ms (mediaan van ${runs}${warm ? `, om en om met de GROUP BY, na ${warm} ongetimede rondes van beide` : ''})`);
    console.log(`  alle tabellen, segment ≥ 100.000 inwoners:          ${segment.ms.toFixed(1)} ms`);
    console.log(`  één SQL GROUP BY field_id, value (${groupBy.result.length} groepen):   ${groupBy.ms.toFixed(1)} ms`);
    console.log(`  dezelfde GROUP BY, segment (${segmentGroupBy.result.length} groepen):            ${segmentGroupBy.ms.toFixed(1)} ms`);
    console.log(`  verhouding tabellen / GROUP BY: ${(tables.ms / groupBy.ms).toFixed(1)}×, segment ${(segment.ms / segmentGroupBy.ms).toFixed(1)}×`);
    const goal = scale >= 100 ? '≤ 2× en ≤ 1 s' : '≤ 2×';
    record({ what: `alle monitortabellen, ${scale}× (${made.answers.toLocaleString('nl-NL')} antw.)`, app: ms(tables.ms), floor: `GROUP BY ${ms(groupBy.ms)}`, ratio: times(tables.ms, groupBy.ms), goal });
    record({ what: `  idem, segment > 100.000 inwoners, ${scale}×`, app: ms(segment.ms), floor: `GROUP BY ${ms(segmentGroupBy.ms)}`, ratio: times(segment.ms, segmentGroupBy.ms), goal });
    database.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchTables(): Promise<void> {
  await benchScale(1, 101);
  await benchScale(100, 3);
}
