import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminWithEnv } from '../support/admin.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'org-cli-'));
const db = path.join(dir, 'test.sqlite');
const outbox = path.join(dir, 'outbox');

const admin = (...args: string[]) => adminWithEnv({ DATABASE_PATH: db, OUTBOX_DIR: outbox, SMTP_URL: '' }, 'org', ...args);

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
    // 'Aantal vragen' counts what the platform asks a gemeente (29), not the 2024 report's 28 (issue 14).
    expect(response.stdout).toContain('Gemeenten\t343\t0\t0\t343\t0,0%\t29');
  }, 60_000);
});
