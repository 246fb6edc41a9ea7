/**
 * Runs parse jobs in child processes, at most PARSE_CONCURRENCY at a time, so parsing never blocks
 * the event loop that answers everyone else's pages. Each job gets a fresh process with a heap
 * limit and a deadline; one that runs out of either is ended and the file refused.
 * Processes, not worker threads: a worker thread that reaches its resourceLimits heap inside some
 * V8 allocations (seen: a big String#split) aborts the whole process instead of only the worker.
 */
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { PARSE_CONCURRENCY, type UploadLimits } from './limits.ts';
import type { ParseJob, ParseOutcome } from './parseJob.ts';

const BOOT = fileURLToPath(new URL('./workerBoot.mjs', import.meta.url));
const ENTRY = new URL('./parseWorker.ts', import.meta.url).href;
/** Uploads waiting beyond this are turned away at once rather than holding their files in memory. */
const MAX_WAITING = 8;

export type PoolOutcome = ParseOutcome | { kind: 'busy' };

/** 'start' and 'end' of each job, with its process id: lets tests and the benchmark watch the pool. */
export const parseEvents = new EventEmitter();

let running = 0;
const waiting: (() => void)[] = [];

function runWorker(job: ParseJob, limits: UploadLimits): Promise<ParseOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const child = fork(BOOT, [ENTRY], {
      execArgv: [`--max-old-space-size=${limits.workerHeapMb}`, '--stack-size=4000'],
      // 'advanced': the file's bytes travel as a Buffer, not as JSON.
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    const id = child.pid ?? 0;
    parseEvents.emit('start', id);
    const finish = (outcome: ParseOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      parseEvents.emit('end', id);
      if (child.exitCode === null) child.kill('SIGKILL');
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ kind: 'too-big' }), limits.timeoutMs);
    child.on('message', (m: ParseOutcome) => finish(m));
    child.on('error', () => finish({ kind: 'broken' }));
    // Ended without an answer: out of heap (V8 aborts the process) or killed; the file cost more than its kind may.
    child.on('exit', () => finish({ kind: 'too-big' }));
    child.send(job);
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
