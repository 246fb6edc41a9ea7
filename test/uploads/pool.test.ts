import { describe, expect, it } from 'vitest';
import { PARSE_CONCURRENCY, uploadLimits } from '../../server/services/upload/limits.ts';
import { parseEvents, parseInWorker } from '../../server/services/upload/parsePool.ts';

/* The parse pool: bounded concurrency, and a worker that runs out of time or heap is a refusal, not a crash. */

const csv = (rows: number) => Buffer.from(`a;b;c\r\n${'1;2;3\r\n'.repeat(rows)}`);
const job = (buffer: Buffer) => ({ buffer, format: 'csv' as const, mode: 'value' as const, maxRows: 1e6, maxCells: 1e7 });

describe('parse pool', () => {
  it('parses in a worker and hands back the rows', async () => {
    const out = await parseInWorker(job(csv(2)), uploadLimits.bulk);
    expect(out.kind).toBe('grid');
    if (out.kind === 'grid') expect(out.grid.sheets[0]!.rows.map((r) => r.cells.map((c) => c.value))).toEqual([['a', 'b', 'c'], ['1', '2', '3'], ['1', '2', '3']]);
  });

  it(`runs at most ${PARSE_CONCURRENCY} workers at a time; the others wait their turn`, async () => {
    let active = 0;
    let most = 0;
    const start = () => { active++; most = Math.max(most, active); };
    const end = () => { active--; };
    parseEvents.on('start', start).on('end', end);
    try {
      const outcomes = await Promise.all(Array.from({ length: 5 }, () => parseInWorker(job(csv(10)), uploadLimits.bulk)));
      expect(outcomes.map((o) => o.kind)).toEqual(Array(5).fill('grid'));
    } finally {
      parseEvents.off('start', start).off('end', end);
    }
    expect(most).toBe(PARSE_CONCURRENCY);
  });

  it('refuses a job that outlives its deadline, and ends the worker', async () => {
    const out = await parseInWorker(job(csv(200_000)), { ...uploadLimits.bulk, timeoutMs: 1 });
    expect(out.kind).toBe('too-big');
  });

  it('refuses a job that exhausts the worker heap', async () => {
    const out = await parseInWorker(job(csv(1_500_000)), { ...uploadLimits.bulk, workerHeapMb: 16 });
    expect(out.kind).toBe('too-big');
  });
});
