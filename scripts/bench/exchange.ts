// Streaming exports at growing size: time, bytes and peak heap while writing the raw-data CSV
// and the analyst workbook to a sink. Heap should grow far less than the number of organisations.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { boot } from '../../server/services/bootstrap.ts';
import { writeAnalystWorkbook } from '../../server/services/analystWorkbook/index.ts';
import { writeCsv } from '../../server/services/spreadsheet/csvWrite.ts';
import { rawCsvRows } from '../../server/services/rawData/csvRows.ts';
import { generateWave } from '../../server/services/syntheticWave.ts';
import { ms, record, times } from './summary.ts';

/** Discards what it gets, slowly enough that back-pressure matters. */
function sink(): Writable & { bytes: number } {
  const w = new Writable({
    highWaterMark: 64 * 1024,
    write(chunk: Buffer, _enc, cb) {
      w.bytes += chunk.length;
      setImmediate(cb);
    },
  }) as Writable & { bytes: number };
  w.bytes = 0;
  return w;
}

interface Measured { ms: number; heapMb: number }

async function measure(label: string, run: (out: Writable) => Promise<void>): Promise<Measured> {
  global.gc?.();
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed); }, 5);
  const out = sink();
  const t0 = performance.now();
  await run(out);
  clearInterval(timer);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  const took = performance.now() - t0;
  console.log(`  ${label}: ${took.toFixed(0)} ms, ${mb(out.bytes)} MB geschreven, heap +${mb(peak - start)} MB (piek)`);
  return { ms: took, heapMb: (peak - start) / 1024 / 1024 };
}

async function benchScale(scale: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'exchange-bench-'));
  try {
    const { services, database } = await boot({ databasePath: path.join(dir, 'bench.sqlite'), demo: false });
    const survey = [...services.surveys.values()][0]!;
    const made = await generateWave(database, survey, survey.id, { scale });
    console.log(`schaal ${scale}×: ${made.organisations.toLocaleString('nl-NL')} organisaties, ${made.answers.toLocaleString('nl-NL')} antwoorden`);
    const csv = await measure('ruwe data CSV', (out) => writeCsv(out, ';', rawCsvRows(services, survey, survey.id, {})));
    const book = await measure('werkboek voor analisten', (out) => writeAnalystWorkbook(services, survey.id, {}, out));
    const heap = (m: Measured) => `heap +${m.heapMb.toFixed(0)} MB`;
    if (scale === 1) record({ what: 'werkboek analisten, 1×', app: ms(book.ms), floor: `CSV ${ms(csv.ms)}`, ratio: times(book.ms, csv.ms), goal: '≤ 2 s' });
    else record({ what: `werkboek analisten, ${scale}×`, app: `${ms(book.ms)}, ${heap(book)}`, floor: `CSV ${ms(csv.ms)}, ${heap(csv)}`, ratio: times(book.heapMb, csv.heapMb), goal: 'heap ≤ 64 MB' });
    await database.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchExchange(): Promise<void> {
  for (const scale of [1, 40, 100]) await benchScale(scale);
}
