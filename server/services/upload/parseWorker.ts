/**
 * The parse process: one job per process, then it exits. It holds the only copy of the unpacked
 * workbook, so a hostile file can at worst exhaust this process's heap (--max-old-space-size) or
 * its time; the server that started it lives on.
 */
import { readCsvGrid } from './csvGrid.ts';
import type { ParseJob, ParseOutcome } from './parseJob.ts';
import { OverBudgetError } from './parseBudget.ts';
import { readXlsxGrid } from './xlsxGrid.ts';

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

process.once('message', (job: ParseJob) => {
  void run(job).then((outcome) => process.send!(outcome, () => process.exit(0)));
});
