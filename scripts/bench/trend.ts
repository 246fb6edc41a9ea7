// Issue 17: the movement tables between two waves (both waves' tables, distributions side by side,
// transitions), for two national waves and two 100× waves, beside one SQL query counting the same transitions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { countTransitions } from '../../server/db/repos/trendData.ts';
import { boot } from '../../server/services/bootstrap.ts';
import { createWave } from '../../server/services/coordination/waveSave.ts';
import { buildWaveTrend } from '../../server/services/monitorTrend.ts';
import { generateWave } from '../../server/services/syntheticWave.ts';
import { medianTime } from './timing.ts';

const A = 'hervormingsagenda-2024';
const B = 'hervormingsagenda-2025';

async function benchScale(scale: number, runs: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'trend-bench-'));
  try {
    const { services, database } = await boot({ databasePath: path.join(dir, 'bench.sqlite'), demo: false });
    const made = await createWave(services, {
      id: B, surveyId: B, title: 'Monitor 2025', opensOn: '2025-04-07', closesOn: '2025-06-30', referenceDate: '2025-06-30',
      state: 'open', namedComparison: true, previousWaveId: A,
    });
    if (!made.ok) throw new Error(JSON.stringify(made.errors));
    const a = await generateWave(database, services.surveys.get(A)!, A, { scale, seed: 2024 });
    // The copies of the larger country exist now: the second wave answers for all of them at scale 1.
    const b = await generateWave(database, services.surveys.get(B)!, B, { scale: 1, seed: 2025 });
    const trend = await medianTime(runs, () => buildWaveTrend(services, B, {}));
    const segment = await medianTime(runs, () => buildWaveTrend(services, B, { inhabitants: 'ge100k' }));
    // The same transitions: agreements of gemeenten and regio's that keep their id (the query follows no links or mergers).
    const rows = trend.result!.trend.rows.filter((r) => r.transitions && r.previousId === r.questionId);
    const sql = await medianTime(runs, () => countTransitions(services.db, B, A, [...new Set(rows.map((r) => r.questionId))]));
    const fromTables = rows.reduce((sum, r) => sum + r.transitions!.n, 0);
    const fromSql = sql.result.reduce((sum, r) => sum + Number(r.n), 0);
    console.log(`schaal ${scale}×: ${a.organisations.toLocaleString('nl-NL')} + ${b.organisations.toLocaleString('nl-NL')} organisaties, `
      + `${(a.answers + b.answers).toLocaleString('nl-NL')} antwoorden in twee rondes`);
    console.log(`  ontwikkeling (beide rondes geladen, ${trend.result!.trend.rows.length} rijen): ${trend.ms.toFixed(1)} ms (mediaan van ${runs})`);
    console.log(`  ontwikkeling, segment ≥ 100.000 inwoners:          ${segment.ms.toFixed(1)} ms`);
    console.log(`  één SQL-query die dezelfde overgangen telt (${sql.result.length} groepen): ${sql.ms.toFixed(1)} ms`);
    console.log(`  verhouding ontwikkeling / SQL: ${(trend.ms / sql.ms).toFixed(1)}×; overgangen gelijk: ${fromTables === fromSql ? 'ja' : `nee (${fromTables} / ${fromSql})`}`);
    database.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchTrend(): Promise<void> {
  await benchScale(1, 5);
  await benchScale(100, 3);
}
