import { findOrganisation } from '../../db/repos/organisations.ts';
import type { OrganisationRole } from '../../auth/roles.ts';
import { setSignOffRight } from '../../db/repos/signOff.ts';
import { findUserByEmail, findUserById, insertUserIfNew } from '../../db/repos/users.ts';
import type { User } from '../../db/schema.ts';
import { isoNow, type Services } from '../../context.ts';
import { sendInvitation } from './accountLinks.ts';
import { isValidEmail, parseEmailList } from './emails.ts';
import type { MailContext } from './mailLog.ts';

export interface InviteResult {
  /** Problems that stopped the whole invitation: nothing was sent. */
  error: string | null;
  invited: string[];
  resent: string[];
  failed: string[];
}

const fail = (error: string): InviteResult => ({ error, invited: [], resent: [], failed: [] });

/** Invites one or more respondents of an organisation; all addresses must be right, or nobody is invited. */
/** `by` is the coordinator, or null from the command line. */
/** `role`: 'vaststeller' makes the accounts vaststellers of the organisation (issue 16, point 7). */
export async function inviteRespondents(
  s: Services, mc: MailContext, orgCode: string, emailsText: string, by: number | null, role: OrganisationRole = 'respondent',
): Promise<InviteResult> {
  const org = await findOrganisation(s.db, orgCode);
  if (!org) return fail('Deze organisatie bestaat niet.');
  if (!org.active) return fail(`${org.name} is gedeactiveerd. Activeer de organisatie eerst; er is niemand uitgenodigd.`);
  const emails = parseEmailList(emailsText);
  if (emails.length === 0) return fail('Vul minstens één e-mailadres in.');
  const invalid = emails.filter((e) => !isValidEmail(e));
  if (invalid.length) {
    const which = invalid.length === 1 ? 'Dit is geen geldig e-mailadres' : 'Dit zijn geen geldige e-mailadressen';
    return fail(`${which}: ${invalid.join(', ')}. Er is niemand uitgenodigd.`);
  }

  const problems: string[] = [];
  const toResend: User[] = [];
  const toCreate: string[] = [];
  for (const email of emails) {
    const existing = await findUserByEmail(s.db, email);
    if (!existing) toCreate.push(email);
    else if (existing.organisation_code !== orgCode || existing.role !== 'respondent') {
      problems.push(`${email} heeft al een account bij een andere organisatie of met een andere rol.`);
    } else if (!existing.active) problems.push(`${email} is gedeactiveerd; activeer het account eerst.`);
    else if (existing.password_hash) problems.push(`${email} heeft al een actief account.`);
    else toResend.push(existing);
  }
  if (problems.length) return fail(`${problems.join(' ')} Er is niemand uitgenodigd.`);

  const created: User[] = [];
  for (const email of toCreate) {
    const id = await insertUserIfNew(s.db, {
      email, passwordHash: null, role: 'respondent', organisationCode: orgCode, signOff: role === 'vaststeller',
    }, isoNow(s));
    if (id !== null) created.push((await findUserById(s.db, id))!);
    else {
      // Made a moment ago by another request (another instance): invited again, as if it had been there.
      const made = await findUserByEmail(s.db, email);
      if (made && made.organisation_code === orgCode && made.role === 'respondent' && !made.password_hash) toResend.push(made);
    }
  }
  const result: InviteResult = { error: null, invited: [], resent: [], failed: [] };
  for (const u of created) (await sendInvitation(s, mc, u, by) ? result.invited : result.failed).push(u.email);
  // A new invitation for an account not yet in use takes the role chosen now.
  for (const u of toResend) await setSignOffRight(s.db, u.id, role === 'vaststeller');
  for (const u of toResend) (await sendInvitation(s, mc, u, by) ? result.resent : result.failed).push(u.email);
  return result;
}
