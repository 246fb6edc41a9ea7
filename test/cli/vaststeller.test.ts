import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { admin, adminWithInput } from '../support/admin.ts';

// Issue 16, point 7: the command line gives an organisation's account the role 'vaststeller' too.
describe('npm run admin -- user add --role vaststeller', () => {
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'admin-')), 'test.sqlite');

  it('adds a vaststeller of an organisation and lists it as such', async () => {
    const added = await adminWithInput(db, 'een-lang-wachtwoord\n', 'user', 'add', '--email', 'vera@utrecht.nl', '--role', 'vaststeller', '--org', 'GM0344');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('vera@utrecht.nl (vaststeller, GM0344) aangemaakt');
    expect((await admin(db, 'user', 'list')).stdout).toMatch(/vera@utrecht\.nl\tvaststeller\tGM0344/);
  });

  it('needs an organisation, like a respondent', async () => {
    const res = await adminWithInput(db, 'een-lang-wachtwoord\n', 'user', 'add', '--email', 'x@utrecht.nl', '--role', 'vaststeller');
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('--org: verplicht voor een respondent of vaststeller');
  });

  it('org invite refuses an unknown role', async () => {
    const res = await admin(db, 'org', 'invite', '--org', 'GM0344', '--email', 'y@utrecht.nl', '--role', 'baas');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--role: kies respondent of vaststeller.');
  });
});
