/**
 * Runs parse jobs in worker threads, at most PARSE_CONCURRENCY at a time, so parsing never blocks
 * the event loop that answers everyone else's pages. Each job gets a fresh worker with a heap
 * limit and a deadline; a worker that runs out of either is ended and the file refused.
 */
import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { PARSE_CONCURRENCY, type UploadLimits } from './limits.ts';
import type { ParseJob, ParseOutcome } from './parseJob.ts';

const BOOT = new URL('./workerBoot.mjs', import.meta.url);
const ENTRY = new URL('./parseWorker.ts', import.meta.url).href;
/** Uploads waiting beyond this are turned away at once rather than holding their files in memory. */
const MAX_WAITING = 8;

export type PoolOutcome = ParseOutcome | { kind: 'busy' };

/** 'start' and 'end' of each worker's job, with its thread id: lets tests and the benchmark watch the pool. */
export const parseEvents = new EventEmitter();

let running = 0;
const waiting: (() => void)[] = [];

function runWorker(job: ParseJob, limits: UploadLimits): Promise<ParseOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const worker = new Worker(BOOT, {
      workerData: { entry: ENTRY, job },
      resourceLimits: { maxOldGenerationSizeMb: limits.workerHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    parseEvents.emit('start', worker.threadId);
    const finish = (outcome: ParseOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      parseEvents.emit('end', worker.threadId);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ kind: 'too-big' }), limits.timeoutMs);
    worker.on('message', (m: ParseOutcome) => finish(m));
    // ERR_WORKER_OUT_OF_MEMORY and friends: the file cost more than its kind may.
    worker.on('error', (err: NodeJS.ErrnoException) =>
      finish(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'too-big' } : { kind: 'broken' }));
    worker.on('exit', () => finish({ kind: 'too-big' }));
  });
}

/** A free slot, or a place in the queue (the slot is handed over on release); false when the queue is full. */
async function acquire(): Promise<boolean> {
  if (running < PARSE_CONCURRENCY) {
    running++;
    return true;
  }
  if (waiting.length >= MAX_WAITING) return false;
  await new Promise<void>((resolve) => waiting.push(resolve));
  return true;
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

export async function parseInWorker(job: ParseJob, limits: UploadLimits): Promise<PoolOutcome> {
  if (!(await acquire())) return { kind: 'busy' };
  try {
    return await runWorker(job, limits);
  } finally {
    release();
  }
}
