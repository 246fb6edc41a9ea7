// Peak memory of the server process (RSS: main thread and parse workers together) while an
// ordinary national upload is read, beside hostile uploads that are refused (issue 12).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { generateWave } from '../../server/services/syntheticWave.ts';
import { boot } from '../../server/services/bootstrap.ts';
import { writeAnalystWorkbook } from '../../server/services/analystWorkbook/index.ts';
import { readImportFile } from '../../server/services/rawData/reader.ts';
import { numberSheet, separatorCsv, tinyCellSheet, withSheet } from '../../test/uploads/hostileFiles.ts';

async function toBuffer(write: (out: Writable) => Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await write(new Writable({ write(c: Buffer, _e, cb) { chunks.push(c); cb(); } }));
  return Buffer.concat(chunks);
}

async function peak(label: string, run: () => Promise<string>): Promise<void> {
  global.gc?.();
  const start = process.memoryUsage().rss;
  let top = start;
  const timer = setInterval(() => { top = Math.max(top, process.memoryUsage().rss); }, 5);
  const t0 = performance.now();
  const outcome = await run();
  clearInterval(timer);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  console.log(`  ${label}: ${(performance.now() - t0).toFixed(0)} ms, RSS-piek ${mb(top)} MB (+${mb(top - start)} MB), ${outcome}`);
}

export async function benchUploads(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'upload-bench-'));
  try {
    const { services, database } = await boot({ databasePath: path.join(dir, 'bench.sqlite'), demo: false });
    const survey = [...services.surveys.values()][0]!;
    await generateWave(database, survey, survey.id, { scale: 1 });
    const ordinary = await toBuffer((out) => writeAnalystWorkbook(services, survey.id, {}, out));
    const outcome = async (buf: Buffer) => {
      const r = await readImportFile(survey, buf);
      return r.problems.length ? `geweigerd (${r.status ?? 422}): ${r.problems[0]!.message.slice(0, 40)}…` : `${r.rows.length} rijen gelezen`;
    };
    console.log(`  gewoon: werkboek van een landelijke uitvraag, ${(ordinary.length / 1024).toFixed(0)} KB`);
    await peak('gewone upload (werkboek, landelijk)', () => outcome(ordinary));
    const bomb = await withSheet(ordinary, 'xl/worksheets/sheet1.xml', tinyCellSheet(1000, 10_000));
    await peak(`cellenbom, 10 miljoen lege cellen (${(bomb.length / 1024).toFixed(0)} KB)`, () => outcome(bomb));
    const many = await withSheet(ordinary, 'xl/worksheets/sheet1.xml', numberSheet(4000, 400));
    await peak(`1,6 miljoen getallen (${(many.length / 1024 / 1024).toFixed(1)} MB)`, () => outcome(many));
    await peak('CSV van 9 MB scheidingstekens', () => outcome(separatorCsv(9 * 1024 * 1024)));
    database.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
