import { passwordProblem } from '../../server/auth/passwordPolicy.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { roles, type Role } from '../../server/auth/roles.ts';
import { findOrganisation } from '../../server/db/repos/organisations.ts';
import { findUserByEmail, insertUser, listUsers, normaliseEmail } from '../../server/db/repos/users.ts';
import { isoNow } from '../../server/context.ts';
import { readNewPassword } from './readPassword.ts';
import type { Command } from './types.ts';

export const userCommand: Command = {
  usage: [
    'npm run admin -- user add --email E --role respondent|vaststeller|coordinator|analyst|admin [--org CODE] [--name N]',
    '    (het wachtwoord wordt gevraagd, of komt uit standaardinvoer: de eerste regel)',
    'npm run admin -- user list',
  ].join('\n'),
  options: { email: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' }, org: { type: 'string' }, name: { type: 'string' } },
  async run({ action, values, services }) {
    if (action === 'list') {
      for (const u of await listUsers(services.db)) {
        console.log([u.email, u.role === 'respondent' && u.sign_off === 1 ? 'vaststeller' : u.role, u.organisation_code ?? '-', u.active ? 'actief' : 'gedeactiveerd', u.last_login_at ?? 'nooit ingelogd'].join('\t'));
      }
      return 0;
    }
    if (action !== 'add') {
      console.error(this.usage);
      return 2;
    }
    if (values.password !== undefined) {
      // Refused before anything else: on the command line it is already in the shell history.
      console.error('--password: zet het wachtwoord niet op de opdrachtregel (dan staat het in de geschiedenis en de proceslijst). Laat --password weg: het wordt gevraagd, of geef het via standaardinvoer, bv. `npm run admin -- user add … < wachtwoord.txt`.');
      return 2;
    }
    const email = normaliseEmail(String(values.email ?? ''));
    const { password, mismatch } = await readNewPassword();
    // 'vaststeller' (issue 16, point 7) is a respondent with the right to approve: users.sign_off.
    const signOff = values.role === 'vaststeller';
    const role = (signOff ? 'respondent' : String(values.role ?? '')) as Role;
    const org = values.org ? String(values.org).toUpperCase() : null;
    const problems: string[] = [];
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.push('--email: geef een geldig e-mailadres.');
    const weak = mismatch ? 'De twee wachtwoorden zijn niet gelijk.' : passwordProblem(password, email);
    if (weak) problems.push(`wachtwoord: ${weak}`);
    if (!roles.includes(role)) problems.push(`--role: kies uit ${[...roles, 'vaststeller'].join(', ')}.`);
    if (role === 'respondent' && !org) problems.push('--org: verplicht voor een respondent of vaststeller (CBS-code zoals GM0363 of JZ13, of RIJK, VNG, BGZJ, SBJ, KBL).');
    if (org && !(await findOrganisation(services.db, org))) problems.push(`--org: organisatie ${org} bestaat niet.`);
    if (email && (await findUserByEmail(services.db, email))) problems.push(`--email: er bestaat al een gebruiker met ${email}.`);
    if (problems.length) {
      for (const p of problems) console.error(p);
      return 1;
    }
    const id = await insertUser(services.db, { email, name: values.name ? String(values.name) : null, passwordHash: await hashPassword(password), role, organisationCode: role === 'respondent' ? org : null, signOff }, isoNow(services));
    console.log(`Gebruiker ${email} (${signOff ? 'vaststeller' : role}${org && role === 'respondent' ? `, ${org}` : ''}) aangemaakt met id ${id}.`);
    return 0;
  },
};
