import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminWithEnv } from '../support/admin.ts';

/** `npm run admin -- org import` reads a contacts file too (issue 16, point 1), with the same row report. */
const dir = mkdtempSync(path.join(tmpdir(), 'afsprakenmonitor-contacts-cli-'));
const db = path.join(dir, 'db.sqlite');
const admin = (...args: string[]) => adminWithEnv({ DATABASE_PATH: db, OUTBOX_DIR: path.join(dir, 'outbox'), SMTP_URL: '' }, 'org', ...args);

describe('npm run admin -- org import with a contacts file', () => {
  it('reports per row with row and column, refuses a bad file, and imports a good one with --apply', async () => {
    const bad = path.join(dir, 'fout.csv');
    writeFileSync(bad, 'code;naam;e-mail;rol\nGM0014;Anna;anna@@groningen;\nGM9999;Bram;bram@example.nl;vaststeller\n');
    const refused = await admin('import', bad, '--apply');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('rij 2\tGM0014\tfout\tkolom C (e-mail): ‘anna@@groningen’ is geen geldig e-mailadres.');
    expect(refused.stderr).toContain('rij 3\tGM9999\tfout\tkolom A (code): er is geen organisatie met de code ‘GM9999’.');
    const good = path.join(dir, 'goed.csv');
    writeFileSync(good, 'code;naam;e-mail;rol\nGM0014;Anna de Vries;anna@groningen.example.nl;\n');
    const dry = await admin('import', good);
    expect(dry.stdout).toContain('nieuw 1, gewijzigd 0, ongewijzigd 0, fout 0');
    expect(dry.stdout).toContain('er is niets opgeslagen');
    const applied = await admin('import', good, '--apply');
    expect(applied.stdout).toContain('Geïmporteerd: 1 toegevoegd, 0 bijgewerkt.');
    expect((await admin('import', good)).stdout).toContain('ongewijzigd 1');
  }, 120_000);
});
