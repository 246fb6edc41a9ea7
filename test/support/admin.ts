import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');

/** Runs `npm run admin -- …` as a user would, on the given database file. */
export const admin = (db: string, ...args: string[]) => adminWithEnv({ DATABASE_PATH: db }, ...args);

/** The same with more environment (outbox, SMTP settings). */
export async function adminWithEnv(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, ['scripts/admin.ts', ...args], { env: { ...process.env, DEMO: 'false', ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
