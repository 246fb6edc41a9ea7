import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { boot, type Booted } from '../../server/services/bootstrap.ts';
import { saveAnswers } from '../../server/services/responses.ts';
import { backupCommand, checkDatabaseFile, restoreCommand } from '../../scripts/commands/backup.ts';
import type { CommandContext } from '../../scripts/commands/types.ts';
import { storedAnswers } from '../support/inspect.ts';
import { WAVE } from '../support/wave.ts';

const now = () => new Date('2024-05-15T10:00:00Z');
let dir: string;
let dbPath: string;
let booted: Booted;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'afsprakenmonitor-backup-'));
  dbPath = path.join(dir, 'monitor.sqlite');
  booted = await boot({ databasePath: dbPath, demo: false }, now);
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  booted.database.close();
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const context = (action: string, values: CommandContext['values'] = {}): CommandContext => ({
  action, values, positionals: [], services: booted.services, database: booted.database,
  config: { ...loadConfig({ NODE_ENV: 'test' }), databasePath: dbPath },
});

const save = (org: string, toelichting: string) =>
  saveAnswers(booted.services, {
    waveId: WAVE, orgCode: org, userId: null, baseVersion: null, mode: 'json', channel: 'import',
    input: { 'gemeente.reikwijdte.01': 'ja', 'gemeente.reikwijdte.01.toelichting': toelichting },
  });

/** What the database file holds for an organisation: nothing shows a file that no app serves. */
const answersOf = (b: Booted, org: string) => storedAnswers(b.services, WAVE, org);

describe('backup and restore', () => {
  it('backs up while saves go on, and restores exactly what the backup held', async () => {
    expect((await save('GM0363', 'voor de reservekopie')).kind).toBe('saved');
    const file = path.join(dir, 'reservekopie.sqlite');
    // Saves running during the online backup neither block it nor corrupt it.
    const during = Promise.all(Array.from({ length: 20 }, (_v, i) => save('GM0599', `tijdens ${i}`)));
    expect(await backupCommand.run(context(file))).toBe(0);
    await during;
    expect(checkDatabaseFile(file)).toMatchObject({ ok: true });

    expect((await save('GM0363', 'na de reservekopie')).kind).toBe('saved');
    expect((await save('GM0014', 'ook na de reservekopie')).kind).toBe('saved');

    expect(await restoreCommand.run(context(file))).toBe(0);
    booted.database.close();
    booted = await boot({ databasePath: dbPath, demo: false }, now);
    expect((await answersOf(booted, 'GM0363'))['gemeente.reikwijdte.01.toelichting']).toBe('voor de reservekopie');
    expect(await answersOf(booted, 'GM0014')).toEqual({});
    // The database from before the restore is kept next to it.
    const kept = readdirSync(dir).find((f) => f.includes('.voor-herstel-'));
    expect(kept).toBeDefined();
    const old = await boot({ databasePath: path.join(dir, kept!), demo: false }, now);
    expect((await answersOf(old, 'GM0014'))['gemeente.reikwijdte.01.toelichting']).toBe('ook na de reservekopie');
    old.database.close();
  });

  it('refuses to overwrite a file, and refuses to restore something that is not our database', async () => {
    const file = path.join(dir, 'bestaat.sqlite');
    writeFileSync(file, 'geen database');
    expect(await backupCommand.run(context(file))).toBe(1);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('bestaat al'));
    expect(await restoreCommand.run(context(file))).toBe(1);
    expect(await restoreCommand.run(context(path.join(dir, 'nergens.sqlite')))).toBe(1);
    expect(await backupCommand.run(context(''))).toBe(2);
    // Nothing was touched.
    expect(checkDatabaseFile(dbPath)).toMatchObject({ ok: true });
  });

  it('runs from the command line: npm run admin -- backup FILE', async () => {
    await save('GM0363', 'via de opdrachtregel');
    const file = path.join(dir, 'cli.sqlite');
    const root = path.resolve(import.meta.dirname, '../..');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', 'backup', file], {
      cwd: root, env: { ...process.env, DATABASE_PATH: dbPath, NODE_ENV: 'test' },
    });
    expect(stdout).toContain('Reservekopie gemaakt');
    expect(checkDatabaseFile(file)).toMatchObject({ ok: true, responses: 1 });
  });
});
