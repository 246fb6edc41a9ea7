import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { admin, adminWithInput } from '../support/admin.ts';

describe('npm run admin -- user', () => {
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'admin-')), 'test.sqlite');

  it('adds a respondent of an organisation and lists users; the password comes from standard input', async () => {
    const added = await adminWithInput(db, 'een-lang-wachtwoord\n', 'user', 'add', '--email', 'Jan@Utrecht.nl', '--role', 'respondent', '--org', 'gm0344');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('jan@utrecht.nl (respondent, GM0344) aangemaakt');
    // Without a trailing newline too (as `printf %s … |` gives it).
    const staff = await adminWithInput(db, 'een-lang-wachtwoord', 'user', 'add', '--email', 'ana@vws.nl', '--role', 'analyst');
    expect(staff.code).toBe(0);
    const list = await admin(db, 'user', 'list');
    expect(list.stdout).toMatch(/jan@utrecht\.nl\trespondent\tGM0344/);
    expect(list.stdout).toMatch(/ana@vws\.nl\tanalyst\t-/);
    expect(list.stdout).not.toContain('een-lang-wachtwoord');
  });

  it('refuses a password on the command line and adds nothing', async () => {
    const res = await adminWithInput(db, 'een-lang-wachtwoord\n', 'user', 'add', '--email', 'piet@utrecht.nl', '--password', 'een-lang-wachtwoord', '--role', 'analyst');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--password: zet het wachtwoord niet op de opdrachtregel');
    expect((await admin(db, 'user', 'list')).stdout).not.toContain('piet@utrecht.nl');
  });

  it('refuses a well-known password such as 123456789012', async () => {
    const res = await adminWithInput(db, '123456789012\n', 'user', 'add', '--email', 'kees@utrecht.nl', '--role', 'analyst');
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('wachtwoord: Dit wachtwoord wordt veel gebruikt');
    expect((await admin(db, 'user', 'list')).stdout).not.toContain('kees@utrecht.nl');
  });

  it('explains every mistake in Dutch and adds nothing', async () => {
    const bad = await adminWithInput(db, 'kort\n', 'user', 'add', '--email', 'geen-adres', '--role', 'respondent', '--org', 'GM9999');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--email: geef een geldig e-mailadres.');
    expect(bad.stderr).toContain('wachtwoord: Kies een wachtwoord van minstens 12 tekens.');
    expect(bad.stderr).toContain('--org: organisatie GM9999 bestaat niet.');
    const noInput = await admin(db, 'user', 'add', '--email', 'leeg@y.nl', '--role', 'analyst');
    expect(noInput.stderr).toContain('wachtwoord: Kies een wachtwoord van minstens 12 tekens.');
    const missingOrg = await adminWithInput(db, 'een-lang-wachtwoord\n', 'user', 'add', '--email', 'x@y.nl', '--role', 'respondent');
    expect(missingOrg.stderr).toContain('--org: verplicht voor een respondent');
    const dup = await adminWithInput(db, 'een-lang-wachtwoord\n', 'user', 'add', '--email', 'JAN@utrecht.nl', '--role', 'analyst');
    expect(dup.stderr).toContain('er bestaat al een gebruiker');
  });
});
