import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backupCommand, restoreCommand } from '../../scripts/commands/backup.ts';
import { checkDumpFile } from '../../scripts/commands/backupPostgres.ts';
import type { CommandContext } from '../../scripts/commands/types.ts';
import { saveAnswers } from '../../server/services/responses.ts';
import { WAVE } from '../support/wave.ts';
import { createDatabase, dropAll, pgApp, ROOT, type PgApp } from '../support/postgres.ts';

const FIELD = 'gemeente.reikwijdte.01.toelichting';
const api = (org: string) => `/api/waves/${WAVE}/responses/${org}`;
let dir: string;
let url: string;
let app: PgApp;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'afsprakenmonitor-pgbackup-'));
  ({ url } = await createDatabase('backup'));
  app = await pgApp(url);
});
afterAll(async () => {
  await app.database.close();
  await dropAll();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

const context = (action: string, values: CommandContext['values'] = {}): CommandContext => ({
  action, values, positionals: [], services: app.services, database: app.database, config: app.config,
});

const save = (org: string, text: string) =>
  saveAnswers(app.services, {
    waveId: WAVE, orgCode: org, userId: null, baseVersion: null, mode: 'json', channel: 'import', input: { 'gemeente.reikwijdte.01': 'ja', [FIELD]: text },
  });

/** What a respondent of the organisation sees through the API. */
async function seen(org: string, email: string): Promise<unknown> {
  await app.addUser(email, 'respondent', org).catch(() => {});
  const me = await app.login(email);
  return ((await me.agent.get(api(org)).expect(200)).body as { answers: Record<string, unknown> }).answers[FIELD];
}

describe('backup and restore on PostgreSQL (pg_dump -Fc, pg_restore --clean)', () => {
  it('backs up while saves go on, restores exactly what the backup held, and keeps the database from before', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect((await save('GM0363', 'voor de reservekopie')).kind).toBe('saved');
    const file = path.join(dir, 'reservekopie.dump');
    const during = Promise.all(Array.from({ length: 10 }, (_v, i) => save('GM0599', `tijdens ${i}`)));
    expect(await backupCommand.run(context(file))).toBe(0);
    await during;
    // The counts are those of the snapshot the dump was taken from.
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^Reservekopie gemaakt: .*reservekopie\.dump \(\d+ vragenlijsten, \d+ antwoorden; pg_dump/));
    expect(await checkDumpFile(file)).toEqual({ ok: true });

    expect((await save('GM0363', 'na de reservekopie')).kind).toBe('saved');
    expect((await save('GM0014', 'ook na de reservekopie')).kind).toBe('saved');
    // A table of a later migration (not in the backup) goes, as on SQLite the whole file is replaced.
    await app.database.pool.query('create table later_erbij (id integer)');

    log.mockClear();
    expect(await restoreCommand.run(context(file))).toBe(0);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^Hersteld uit .*: \d+ vragenlijsten, \d+ antwoorden\.$/));
    expect(await seen('GM0363', 'ams@example.nl')).toBe('voor de reservekopie');
    expect(await seen('GM0014', 'aag@example.nl')).toBeUndefined();
    expect((await app.database.pool.query("select to_regclass('later_erbij') as t")).rows[0].t).toBeNull();

    // The database from before the restore is kept beside the backup, as a dump that restores.
    const kept = readdirSync(dir).find((f) => f.includes('.voor-herstel-'));
    expect(kept).toMatch(/^pgops_backup_\w+\.voor-herstel-\d{8}-\d{6}\.dump$/);
    expect(await checkDumpFile(path.join(dir, kept!))).toEqual({ ok: true });
    expect(await restoreCommand.run(context(path.join(dir, kept!)))).toBe(0);
    expect(await seen('GM0014', 'aag@example.nl')).toBe('ook na de reservekopie');
  });

  it('refuses to overwrite a file without --force, and to restore what is not a dump of our database', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const file = path.join(dir, 'bestaat.dump');
    writeFileSync(file, 'geen reservekopie');
    expect(await backupCommand.run(context(file))).toBe(1);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('bestaat al'));
    expect(await restoreCommand.run(context(file))).toBe(1);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('is geen reservekopie van PostgreSQL'));
    expect(await restoreCommand.run(context(path.join(dir, 'nergens.dump')))).toBe(1);
    // --force replaces it with a real backup.
    expect(await backupCommand.run(context(file, { force: true }))).toBe(0);
    expect(await checkDumpFile(file)).toEqual({ ok: true });
    expect(readdirSync(dir).some((f) => f.includes('.deels-'))).toBe(false);
    expect(existsSync(file)).toBe(true);
  });

  it('runs from the command line with DATABASE_URL: npm run admin -- backup FILE', async () => {
    const file = path.join(dir, 'cli.dump');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', 'backup', file], {
      cwd: ROOT, env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'test' },
    });
    expect(stdout).toContain('Reservekopie gemaakt');
    expect(await checkDumpFile(file)).toEqual({ ok: true });
  });
});
