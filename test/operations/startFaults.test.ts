import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_DATABASE_UNREACHABLE, EXIT_MIGRATION_FAILED } from '../../server/startFailure.ts';

// The same start-up faults as on PostgreSQL (test/pg/startAndStop.test.ts), on the embedded SQLite file.
const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'afsprakenmonitor-startfaults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(databasePath: string) {
  try {
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      cwd: ROOT, timeout: 60_000, env: { ...process.env, NODE_ENV: 'development', PORT: '0', DEMO: 'false', DATABASE_PATH: databasePath, DATABASE_URL: '', VITEST: '' },
    });
  } catch (err) {
    return err as { code: number; stderr: string };
  }
  throw new Error('the server started');
}

describe('start-up faults on SQLite', () => {
  it('a migration that fails: names the migration and gives SQLite\'s error, exit code 4, no stack trace', async () => {
    const file = path.join(dir, 'half.sqlite');
    // A table in the way of the first migration, as a half-done manual change would leave it.
    const db = new SQLite(file);
    db.exec('create table organisations (iets integer)');
    db.close();
    const { code, stderr } = await start(file);
    expect(code).toBe(EXIT_MIGRATION_FAILED);
    expect(stderr).toMatch(/Migratie 2026_11_22_000000_initial mislukt: table .?organisations.? already exists/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('a database file that cannot be made: a Dutch line, exit code 3', async () => {
    const notAFolder = path.join(dir, 'bestand');
    writeFileSync(notAFolder, '');
    const { code, stderr } = await start(path.join(notAFolder, 'monitor.sqlite'));
    expect(code).toBe(EXIT_DATABASE_UNREACHABLE);
    expect(stderr).toContain('Het databasebestand kan niet worden geopend');
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
