/**
 * The parse worker: one job per worker, then it exits. It holds the only copy of the unpacked
 * workbook, so a hostile file can at worst exhaust this worker's heap (resourceLimits) or time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readCsvGrid } from './csvGrid.ts';
import type { ParseJob, ParseOutcome } from './parseJob.ts';
import { OverBudgetError, readXlsxGrid } from './xlsxGrid.ts';

async function run(job: ParseJob): Promise<ParseOutcome> {
  const buf = Buffer.from(job.buffer.buffer, job.buffer.byteOffset, job.buffer.byteLength);
  const budget = { maxRows: job.maxRows, maxCells: job.maxCells };
  try {
    if (job.format === 'csv') {
      const grid = readCsvGrid(buf, budget);
      return 'message' in grid ? { kind: 'problem', message: grid.message } : { kind: 'grid', grid };
    }
    return { kind: 'grid', grid: await readXlsxGrid(buf, budget, job.mode) };
  } catch (err) {
    return err instanceof OverBudgetError ? { kind: 'too-big' } : { kind: 'broken' };
  }
}

parentPort!.postMessage(await run((workerData as { job: ParseJob }).job));
