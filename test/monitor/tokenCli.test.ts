import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { admin, adminWithInput } from '../support/admin.ts';

describe('npm run admin -- token', () => {
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'token-')), 'test.sqlite');

  it('prints a token for an analyst, lists and revokes it', async () => {
    expect((await adminWithInput(db, 'een-lang-wachtwoord\n', 'user', 'add', '--email', 'ana@vws.nl', '--role', 'analyst')).code).toBe(0);
    const added = await admin(db, 'token', 'add', '--email', 'ana@vws.nl', '--label', 'R-script');
    expect(added.code).toBe(0);
    expect(added.stdout.trim()).toMatch(/^amt_[A-Za-z0-9_-]{43}$/);
    expect(added.stderr).toContain('Bewaar het nu');
    const list = await admin(db, 'token', 'list', '--email', 'ana@vws.nl');
    expect(list.stdout).toMatch(/^1\tR-script\t.*\tnooit gebruikt\tactief$/m);
    expect(list.stdout).not.toContain(added.stdout.trim());
    expect((await admin(db, 'token', 'revoke', '--id', '1')).stdout).toContain('Token 1 is ingetrokken.');
    expect((await admin(db, 'token', 'list', '--email', 'ana@vws.nl')).stdout).toContain('ingetrokken');
  }, 60_000);

  it('gives no token to a respondent or an unknown user', async () => {
    await adminWithInput(db, 'een-lang-wachtwoord\n', 'user', 'add', '--email', 'jan@utrecht.nl', '--role', 'respondent', '--org', 'GM0344');
    const refused = await admin(db, 'token', 'add', '--email', 'jan@utrecht.nl');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('alleen actieve analisten, coördinatoren en beheerders');
    expect(refused.stdout).toBe('');
    const unknown = await admin(db, 'token', 'add', '--email', 'niemand@example.nl');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('er is geen gebruiker niemand@example.nl');
  }, 60_000);
});
