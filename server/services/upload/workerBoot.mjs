// Plain JavaScript on purpose: the parse process is started with plain `node` (not tsx, not
// vitest), so this registers tsx and then loads the TypeScript entry point named in argv.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
await import(process.argv[2]);
