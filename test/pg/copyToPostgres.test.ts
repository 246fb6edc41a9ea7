import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyToPostgres, foreignKeyOrder } from '../../scripts/commands/copyToPostgres.ts';
import { boot } from '../../server/services/bootstrap.ts';
import { seedDemoData } from '../../server/services/demoStartup.ts';
import { saveAnswers } from '../../server/services/responses.ts';
import { csrfOf } from '../support/context.ts';
import { createDatabase, dropAll, pgApp, ROOT } from '../support/postgres.ts';

// The demo opens the 2025 wave today (demo dates), as `npm start` would have filled an installation.
const WAVE = 'hervormingsagenda-2025';
const FIELD = 'gemeente.reikwijdte.01.toelichting';
let dir: string;
let file: string;
let demo: { email: string; password: string; org: string };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'afsprakenmonitor-copy-test-'));
  file = path.join(dir, 'monitor.sqlite');
  const booted = await boot({ databasePath: file, demo: true });
  await seedDemoData({ demoAnswers: true }, booted);
  const account = booted.demoAccounts.find((a) => a.role === 'respondent' && a.organisationCode?.startsWith('GM'))!;
  demo = { email: account.email, password: account.password, org: account.organisationCode! };
  const saved = await saveAnswers(booted.services, {
    waveId: WAVE, orgCode: demo.org, userId: null, baseVersion: null, mode: 'json', channel: 'import', input: { 'gemeente.reikwijdte.01': 'ja', [FIELD]: 'van SQLite meegekomen' },
  });
  expect(saved.kind).toBe('saved');
  await booted.database.close();
}, 120_000);
afterAll(async () => {
  await dropAll();
  rmSync(dir, { recursive: true, force: true });
});

describe('copy-to-postgres: an existing SQLite installation moved to PostgreSQL', () => {
  it('copies every table with equal counts; the same login and answer work through the app on PostgreSQL, and new rows get new ids', async () => {
    const { url } = await createDatabase('copy');
    const result = await copyToPostgres(file, url);
    expect(result.messages.join('\n')).toContain('Alle aantallen kloppen');
    expect(result.ok).toBe(true);
    const byTable = new Map(result.counts.map((c) => [c.table, c]));
    for (const t of ['organisations', 'users', 'waves', 'responses', 'answers', 'answer_history']) {
      expect(byTable.get(t)?.source, t).toBeGreaterThan(0);
    }
    expect(byTable.get('answers')!.source).toBeGreaterThan(1000);
    expect(result.counts.every((c) => c.source === c.target)).toBe(true);

    const app = await pgApp(url, () => new Date());
    try {
      const agent = request.agent(app.app);
      const login = await agent.get('/inloggen').expect(200);
      const res = await agent.post('/inloggen').type('form').send({ email: demo.email, password: demo.password, _csrf: csrfOf(login.text) });
      expect(res.status).toBe(303);
      const api = `/api/waves/${WAVE}/responses/${demo.org}`;
      const got = await agent.get(api).expect(200);
      expect(got.body.answers[FIELD]).toBe('van SQLite meegekomen');
      // A save on PostgreSQL: the identity sequences were moved past the copied ids.
      const csrf = csrfOf((await agent.get('/').expect(200)).text);
      const saved = await agent.put(api).set('X-CSRF-Token', csrf).send({ version: got.body.version, answers: { [FIELD]: 'op PostgreSQL verder' } });
      expect(saved.status).toBe(200);
      expect((await agent.get(api)).body.answers[FIELD]).toBe('op PostgreSQL verder');
      await app.addUser('nieuw@example.nl', 'respondent', demo.org);
    } finally {
      await app.database.close();
    }
  }, 180_000);

  it('refuses a target that is not empty, and anything that is not a PostgreSQL address', async () => {
    const { url } = await createDatabase('notempty');
    const first = await copyToPostgres(file, url);
    expect(first.ok).toBe(true);
    const again = await copyToPostgres(file, url);
    expect(again.ok).toBe(false);
    expect(again.messages.join('\n')).toContain('de doeldatabase is niet leeg');
    expect((await copyToPostgres(file, path.join(dir, 'ander.sqlite'))).messages.join('\n')).toContain('moet een PostgreSQL-adres zijn');
    expect((await copyToPostgres(path.join(dir, 'nergens.sqlite'), url)).messages.join('\n')).toContain('bestaat niet');
  }, 180_000);

  it('runs from the command line and prints the count of every table', async () => {
    const { url } = await createDatabase('cli');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', 'copy-to-postgres', '--from', file, '--to', url], {
      cwd: ROOT, env: { ...process.env, NODE_ENV: 'test' }, timeout: 170_000,
    });
    expect(stdout).toMatch(/^\s+answers\s+(\d+) → +\1$/m);
    expect(stdout).toMatch(/^\s+users\s+(\d+) → +\1$/m);
    expect(stdout).toContain('Alle aantallen kloppen');
  }, 180_000);

  it('orders tables so that every foreign key points back, and reports a cycle', () => {
    const refs = [{ child: 'answers', parent: 'responses' }, { child: 'responses', parent: 'waves' }, { child: 'waves', parent: 'waves' }];
    expect(foreignKeyOrder(['answers', 'responses', 'waves'], refs)).toEqual(['waves', 'responses', 'answers']);
    expect(() => foreignKeyOrder(['a', 'b'], [{ child: 'a', parent: 'b' }, { child: 'b', parent: 'a' }])).toThrow(/kringverwijzing/);
  });
});
