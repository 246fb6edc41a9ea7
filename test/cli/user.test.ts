import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { admin } from '../support/admin.ts';

describe('npm run admin -- user', () => {
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'admin-')), 'test.sqlite');

  it('adds a respondent of an organisation and lists users', async () => {
    const added = await admin(db, 'user', 'add', '--email', 'Jan@Utrecht.nl', '--password', 'een-lang-wachtwoord', '--role', 'respondent', '--org', 'gm0344');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('jan@utrecht.nl (respondent, GM0344) aangemaakt');
    const staff = await admin(db, 'user', 'add', '--email', 'ana@vws.nl', '--password', 'een-lang-wachtwoord', '--role', 'analyst');
    expect(staff.code).toBe(0);
    const list = await admin(db, 'user', 'list');
    expect(list.stdout).toMatch(/jan@utrecht\.nl\trespondent\tGM0344/);
    expect(list.stdout).toMatch(/ana@vws\.nl\tanalyst\t-/);
  });

  it('explains every mistake in Dutch and adds nothing', async () => {
    const bad = await admin(db, 'user', 'add', '--email', 'geen-adres', '--password', 'kort', '--role', 'respondent', '--org', 'GM9999');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--email: geef een geldig e-mailadres.');
    expect(bad.stderr).toContain('--password: minstens 12 tekens.');
    expect(bad.stderr).toContain('--org: organisatie GM9999 bestaat niet.');
    const missingOrg = await admin(db, 'user', 'add', '--email', 'x@y.nl', '--password', 'een-lang-wachtwoord', '--role', 'respondent');
    expect(missingOrg.stderr).toContain('--org: verplicht voor een respondent');
    const dup = await admin(db, 'user', 'add', '--email', 'JAN@utrecht.nl', '--password', 'een-lang-wachtwoord', '--role', 'analyst');
    expect(dup.stderr).toContain('er bestaat al een gebruiker');
  });
});
