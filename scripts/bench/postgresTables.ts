// `npm run bench` part (issue 19): building every monitor table of a synthetic wave on PostgreSQL beside
// SQLite, and one SQL GROUP BY on each. The wave is generated in SQLite (generateWave writes through the raw
// SQLite connection) and its rows copied into a fresh PostgreSQL database, so both hold the same answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { countAnswersByValue } from '../../server/db/repos/monitorData.ts';
import { sqliteOf } from '../../server/db/database.ts';
import { boot } from '../../server/services/bootstrap.ts';
import { computeWaveTables } from '../../server/services/monitorTables.ts';
import { generateWave } from '../../server/services/syntheticWave.ts';
import { freshDatabase } from './pgServers.ts';
import { medianTime } from './timing.ts';

const SCALES = [1, 10];
const RUNS = 5;
const CHUNK = 20_000;

/** Copies every row of `table` from the SQLite file into PostgreSQL (same columns; existing keys left alone). */
async function copyTable(sqlite: ReturnType<typeof sqliteOf>, client: pg.Client, table: string, where = ''): Promise<number> {
  const rows = sqlite.prepare(`select * from ${table} ${where}`).all() as Record<string, unknown>[];
  for (let i = 0; i < rows.length; i += CHUNK) {
    // json_populate_recordset casts each value to the column's type, whatever the table.
    await client.query(`insert into ${table} select * from json_populate_recordset(null::${table}, $1::json) on conflict do nothing`,
      [JSON.stringify(rows.slice(i, i + CHUNK))]);
  }
  return rows.length;
}

interface Timed {
  tables: number;
  groupBy: number;
  rows: number;
  /** The tables themselves, to check both databases gave the same. */
  json: string;
}

async function timeTables(services: Awaited<ReturnType<typeof boot>>['services'], waveId: string): Promise<Timed> {
  // Counted afresh each run: buildWaveTables would answer from its cache after the first.
  const tables = await medianTime(RUNS, () => computeWaveTables(services, waveId, {}));
  const groupBy = await medianTime(RUNS, () => countAnswersByValue(services.db, waveId));
  const rows = tables.result.themes.reduce((a, t) => a + t.tables.reduce((b, x) => b + x.rows.length, 0), 0);
  return { tables: tables.ms, groupBy: groupBy.ms, rows, json: JSON.stringify(tables.result.themes) };
}

async function benchScale(admin: string, scale: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'monitor-bench-pg-'));
  const database = await freshDatabase(admin, 'pgscale_tables');
  try {
    const lite = await boot({ databasePath: path.join(dir, 'bench.sqlite'), demo: false });
    const survey = [...lite.services.surveys.values()][0]!;
    // Awaited: generateWave becomes asynchronous where it also writes to PostgreSQL (issue 19, data layer).
    const made = await generateWave(lite.database, survey, survey.id, { scale });
    const onLite = await timeTables(lite.services, survey.id);

    const onPg = await boot({ databaseUrl: database.url, databasePath: path.join(dir, 'unused.sqlite'), demo: false });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const t0 = performance.now();
    try {
      const sqlite = sqliteOf(lite.database);
      await copyTable(sqlite, client, 'organisations');
      await copyTable(sqlite, client, 'responses', `where wave_id = '${survey.id}'`);
      await copyTable(sqlite, client, 'answers');
      await client.query('analyze');
    } finally {
      await client.end();
    }
    const copyMs = performance.now() - t0;
    const onPost = await timeTables(onPg.services, survey.id);
    await onPg.database.close();
    await lite.database.close();

    const n = (x: number) => x.toLocaleString('nl-NL');
    const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(9);
    const pair = (a: number, b: number) => `SQLite ${ms(a)}   PostgreSQL ${ms(b)}   PG/SQLite ${(b / a).toFixed(2)}×`;
    console.log(`schaal ${scale}×: ${n(made.organisations)} organisaties, ${n(made.answers)} antwoorden`
      + ` (naar PostgreSQL gekopieerd in ${copyMs.toFixed(0)} ms)`);
    console.log(`  alle tabellen (${onLite.rows} rijen):      ${pair(onLite.tables, onPost.tables)}  (mediaan van ${RUNS})`);
    console.log(`  één SQL GROUP BY field_id, value: ${pair(onLite.groupBy, onPost.groupBy)}`);
    const same = onPost.json === onLite.json;
    console.log(same ? '  tabellen op beide databases gelijk' : '  LET OP: de tabellen op PostgreSQL wijken af van die op SQLite');
  } finally {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchTablesPg(admin: string): Promise<void> {
  console.log('monitortabellen van een synthetische ronde, op beide databases dezelfde antwoorden');
  for (const scale of SCALES) await benchScale(admin, scale);
}
