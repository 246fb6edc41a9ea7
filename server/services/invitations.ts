import type { Role } from '../auth/roles.ts';
import { setUserActive, staffUsers } from '../db/repos/accounts.ts';
import { latestInvitations, revokeOpenTokens } from '../db/repos/invitations.ts';
import { findOrganisation } from '../db/repos/organisations.ts';
import { findUserByEmail, findUserById, insertUser } from '../db/repos/users.ts';
import type { User } from '../db/schema.ts';
import { formatDateTimeNl } from '../presenters/format.ts';
import { isoNow, type Services } from '../context.ts';
import { accountState, type AccountState } from './coordination/accountState.ts';
import { sendInvitation } from './coordination/accountLinks.ts';
import { isValidEmail, parseEmailList } from './coordination/emails.ts';
import type { MailContext } from './coordination/mailLog.ts';

export {
  acceptToken, checkToken, INVITATION_DAYS, renewFromToken, requestPasswordLink, RESET_HOURS, sha256,
  type AcceptResult, type Purpose, type TokenCheck, type TokenStatus,
} from './coordination/accountLinks.ts';

// Accounts: invite respondents and staff, resend, deactivate (the links themselves: accountLinks.ts).

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
export async function inviteRespondents(s: Services, mc: MailContext, orgCode: string, emailsText: string, by: number | null): Promise<InviteResult> {
  const org = await findOrganisation(s.db, orgCode);
  if (!org) return fail('Deze organisatie bestaat niet.');
  if (!org.active) return fail(`${org.name} is gedeactiveerd. Activeer de organisatie eerst; er is niemand uitgenodigd.`);
  const emails = parseEmailList(emailsText);
  if (emails.length === 0) return fail('Vul minstens één e-mailadres in.');
  const invalid = emails.filter((e) => !isValidEmail(e));
  if (invalid.length) return fail(`${invalid.length === 1 ? 'Dit is geen geldig e-mailadres' : 'Dit zijn geen geldige e-mailadressen'}: ${invalid.join(', ')}. Er is niemand uitgenodigd.`);

  const problems: string[] = [];
  const toResend: User[] = [];
  const toCreate: string[] = [];
  for (const email of emails) {
    const existing = await findUserByEmail(s.db, email);
    if (!existing) toCreate.push(email);
    else if (existing.organisation_code !== orgCode || existing.role !== 'respondent') problems.push(`${email} heeft al een account bij een andere organisatie of met een andere rol.`);
    else if (!existing.active) problems.push(`${email} is gedeactiveerd; activeer het account eerst.`);
    else if (existing.password_hash) problems.push(`${email} heeft al een actief account.`);
    else toResend.push(existing);
  }
  if (problems.length) return fail(`${problems.join(' ')} Er is niemand uitgenodigd.`);

  const created: User[] = [];
  for (const email of toCreate) {
    const id = await insertUser(s.db, { email, passwordHash: null, role: 'respondent', organisationCode: orgCode }, isoNow(s));
    created.push((await findUserById(s.db, id))!);
  }
  const result: InviteResult = { error: null, invited: [], resent: [], failed: [] };
  for (const u of created) (await sendInvitation(s, mc, u, by) ? result.invited : result.failed).push(u.email);
  for (const u of toResend) (await sendInvitation(s, mc, u, by) ? result.resent : result.failed).push(u.email);
  return result;
}

export interface StaffInput {
  email: string;
  name: string;
  role: string;
}

export const staffRoles: Role[] = ['coordinator', 'analyst', 'admin'];

/** Invites a coordinator, analyst or beheerder (beheerders only). Errors per field, for the form. */
export async function inviteStaff(s: Services, mc: MailContext, input: StaffInput, by: number): Promise<{ errors: Record<string, string>; sent: boolean }> {
  const errors: Record<string, string> = {};
  const email = input.email.trim().toLowerCase();
  if (!isValidEmail(email)) errors.email = 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.';
  else if (await findUserByEmail(s.db, email)) errors.email = 'Er bestaat al een account met dit e-mailadres.';
  if (!staffRoles.includes(input.role as Role)) errors.role = 'Kies een rol.';
  if (input.name.length > 200) errors.name = 'Gebruik maximaal 200 tekens.';
  if (Object.keys(errors).length) return { errors, sent: false };
  const id = await insertUser(s.db, { email, name: input.name.trim() || null, passwordHash: null, role: input.role, organisationCode: null }, isoNow(s));
  return { errors, sent: await sendInvitation(s, mc, (await findUserById(s.db, id))!, by) };
}

/** A new invitation link; the old one stops working. */
export async function resendInvitation(s: Services, mc: MailContext, userId: number, by: number): Promise<{ ok: boolean; message: string }> {
  const user = await findUserById(s.db, userId);
  if (!user) return { ok: false, message: 'Dit account bestaat niet.' };
  if (!user.active) return { ok: false, message: `${user.email} is gedeactiveerd. Activeer het account eerst; er is niets verstuurd.` };
  if (user.password_hash) return { ok: false, message: `${user.email} heeft het wachtwoord al ingesteld; een uitnodiging is niet nodig. Het wachtwoord vergeten? Dan kan de gebruiker zelf een nieuw wachtwoord aanvragen.` };
  const org = user.organisation_code ? await findOrganisation(s.db, user.organisation_code) : undefined;
  if (org && !org.active) return { ok: false, message: `${org.name} is gedeactiveerd; er is niets verstuurd.` };
  const sent = await sendInvitation(s, mc, user, by);
  return sent
    ? { ok: true, message: `Er is een nieuwe uitnodiging gestuurd naar ${user.email}.` }
    : { ok: false, message: `Het versturen naar ${user.email} is mislukt. Probeer het later opnieuw.` };
}

/** Deactivating ends sessions (at the next request) and makes open links useless. */
export async function setAccountActive(s: Services, userId: number, active: boolean): Promise<User | undefined> {
  const user = await findUserById(s.db, userId);
  if (!user) return undefined;
  await s.db.transaction().execute(async (trx) => {
    await setUserActive(trx, userId, active);
    if (!active) await revokeOpenTokens(trx, userId, isoNow(s));
  });
  return user;
}

/** Every staff account with what a beheerder needs to know about it (active, invited, link expired). */
export async function staffAccounts(s: Services): Promise<(User & { account: AccountState })[]> {
  const users = await staffUsers(s.db);
  const invitations = await latestInvitations(s.db, users.map((u) => u.id));
  return users.map((u) => ({ ...u, account: accountState(u, invitations.get(u.id), s.now(), formatDateTimeNl) }));
}
