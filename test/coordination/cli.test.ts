import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'org-cli-'));
const db = path.join(dir, 'test.sqlite');
const outbox = path.join(dir, 'outbox');

async function admin(...args: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, ['scripts/admin.ts', 'org', ...args], { env: { ...process.env, DATABASE_PATH: db, DEMO: 'false', OUTBOX_DIR: outbox, SMTP_URL: '' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run admin -- org', () => {
  it('checks an import file, imports only with --apply, and refuses a file with errors', async () => {
    const good = path.join(dir, 'goed.csv');
    writeFileSync(good, 'code;naam;soort\nGM9901;Cligemeente;gemeente\n');
    const dry = await admin('import', good);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('rij 2\tGM9901\tnieuw');
    expect(dry.stdout).toContain('er is niets opgeslagen');
    const bad = path.join(dir, 'fout.csv');
    writeFileSync(bad, 'code;naam;soort\nGM9902;Fout;provincie\n');
    const refused = await admin('import', bad, '--apply');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Onbekende soort ‘provincie’');
    const applied = await admin('import', good, '--apply');
    expect(applied.stdout).toContain('Geïmporteerd: 1 toegevoegd, 0 bijgewerkt.');
    expect((await admin('import', good)).stdout).toContain('ongewijzigd 1');
  }, 60_000);

  it('invites respondents to the outbox and prints the response table', async () => {
    const invite = await admin('invite', '--org', 'gm9901', '--email', 'cli@example.nl');
    expect(invite.code).toBe(0);
    expect(invite.stdout).toContain('Uitnodiging verstuurd naar cli@example.nl');
    expect(readdirSync(outbox).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
    const response = await admin('response');
    expect(response.stdout).toContain('Gemeenten\t343\t0\t0\t343\t0%\t28');
  }, 60_000);
});
