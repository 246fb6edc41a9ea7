import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');

/** Runs `npm run admin -- …` as a user would, on the given database file. */
export const admin = (db: string, ...args: string[]) => adminWithEnv({ DATABASE_PATH: db }, ...args);

/** The same with `input` on standard input (a password, as `… < file` or a pipe would give it). */
export const adminWithInput = (db: string, input: string, ...args: string[]) => adminWithEnv({ DATABASE_PATH: db }, ...args, { input });

/** The same with more environment (outbox, SMTP settings); a last `{ input }` goes to standard input. */
export async function adminWithEnv(env: Record<string, string>, ...rest: (string | { input: string })[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const last = rest.at(-1);
  const input = typeof last === 'object' ? last.input : '';
  const args = rest.filter((a): a is string => typeof a === 'string');
  try {
    const pending = run(tsx, ['scripts/admin.ts', ...args], { env: { ...process.env, DEMO: 'false', ...env } });
    // Standard input always ends, so a command that reads it never waits for a terminal.
    pending.child.stdin?.end(input);
    const { stdout, stderr } = await pending;
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
