import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

/** A script in a child process, as server/index.ts runs: a rejection nobody awaits, then more work. */
const SCRIPT = `
import { createLogger } from './server/http/logger.ts';
import { logUnhandledRejections } from './server/http/processHandlers.ts';
logUnhandledRejections(createLogger(undefined, 'error'));
void Promise.reject(new Error('mail versturen mislukt'));
setTimeout(() => console.log('nog in leven'), 50);
`;

describe('an unhandled promise rejection', () => {
  it('is logged, and the process lives on', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], { cwd: ROOT });
    const lines = stdout.trim().split('\n');
    expect(lines.at(-1)).toBe('nog in leven');
    const logged = JSON.parse(lines[0]!) as { level: number; err: { message: string } };
    expect(logged.level).toBe(50);
    expect(logged.err.message).toBe('mail versturen mislukt');
  });
});
