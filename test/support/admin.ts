import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { vi } from 'vitest';
import type { Command, CommandContext } from '../../scripts/commands/types.ts';
import { loadConfig } from '../../server/config.ts';
import type { Booted } from '../../server/services/bootstrap.ts';
import { createPgTestDatabase, onPostgres } from './testDatabase.ts';

const run = promisify(execFile);

// Under test:pg a database file a test names stands for a PostgreSQL database of its own, made at its first
// use and dropped with the run's other databases (pgGlobalSetup.ts); ':memory:' stays what it is.
const databases = new Map<string, Promise<string>>();
async function onDatabase(env: Record<string, string>): Promise<Record<string, string>> {
  const file = env.DATABASE_PATH;
  if (!onPostgres() || !file || file === ':memory:' || env.DATABASE_URL) return env;
  if (!databases.has(file)) databases.set(file, createPgTestDatabase().then((d) => d.url));
  return { ...env, DATABASE_URL: await databases.get(file)! };
}
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
    const pending = run(tsx, ['scripts/admin.ts', ...args], { env: { ...process.env, DEMO: 'false', ...(await onDatabase(env)) } });
    // Standard input always ends, so a command that reads it never waits for a terminal.
    pending.child.stdin?.end(input);
    const { stdout, stderr } = await pending;
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/**
 * Runs an admin command in this process on a test context's database, as `npm run admin -- <name>
 * <action>` would: the exit code and the lines it printed (standard output and error apart).
 */
export async function runCommand(
  ctx: Booted, command: Command, action: string, values: CommandContext['values'] = {},
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')); });
  try {
    const code = await command.run({
      action, values, positionals: [], services: ctx.services, database: ctx.database, config: loadConfig({ NODE_ENV: 'test' }),
    });
    return { code, out, err };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}
