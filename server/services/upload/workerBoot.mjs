// Plain JavaScript on purpose: a worker thread does not inherit tsx from `node --import tsx` (nor
// from vitest), so this registers tsx in the worker and then loads the TypeScript entry point.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
