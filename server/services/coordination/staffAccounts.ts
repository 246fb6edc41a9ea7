import type { Role } from '../../auth/roles.ts';
import { setUserActive, staffUsers } from '../../db/repos/accounts.ts';
import { latestInvitations, revokeOpenTokens } from '../../db/repos/invitations.ts';
import { findOrganisation } from '../../db/repos/organisations.ts';
import { findUserByEmail, findUserById, insertUserIfNew } from '../../db/repos/users.ts';
import type { User } from '../../db/schema.ts';
import { formatDateTimeNl } from '../../presenters/format.ts';
import { isoNow, type Services } from '../../context.ts';
import { accountState, type AccountState } from './accountState.ts';
import { sendInvitation } from './accountLinks.ts';
import { isValidEmail } from './emails.ts';
import type { MailContext } from './mailLog.ts';

// Staff accounts: invite, resend, deactivate, and the list a beheerder sees.

export interface StaffInput {
  email: string;
  name: string;
  role: string;
}

export const staffRoles: Role[] = ['coordinator', 'analyst', 'admin'];

/** Invites a coordinator, analyst or beheerder (beheerders only). Errors per field, for the form. */
export async function inviteStaff(
  s: Services, mc: MailContext, input: StaffInput, by: number,
): Promise<{ errors: Record<string, string>; sent: boolean }> {
  const errors: Record<string, string> = {};
  const email = input.email.trim().toLowerCase();
  if (!isValidEmail(email)) errors.email = 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.';
  else if (await findUserByEmail(s.db, email)) errors.email = 'Er bestaat al een account met dit e-mailadres.';
  if (!staffRoles.includes(input.role as Role)) errors.role = 'Kies een rol.';
  if (input.name.length > 200) errors.name = 'Gebruik maximaal 200 tekens.';
  if (Object.keys(errors).length) return { errors, sent: false };
  const row = { email, name: input.name.trim() || null, passwordHash: null, role: input.role, organisationCode: null };
  // Checked above, but the same address may be invited at this moment elsewhere (another instance): same answer.
  const id = await insertUserIfNew(s.db, row, isoNow(s));
  if (id === null) return { errors: { email: 'Er bestaat al een account met dit e-mailadres.' }, sent: false };
  return { errors, sent: await sendInvitation(s, mc, (await findUserById(s.db, id))!, by) };
}

/** A new invitation link; the old one stops working. */
export async function resendInvitation(
  s: Services, mc: MailContext, userId: number, by: number,
): Promise<{ ok: boolean; message: string }> {
  const user = await findUserById(s.db, userId);
  if (!user) return { ok: false, message: 'Dit account bestaat niet.' };
  if (!user.active) return { ok: false, message: `${user.email} is gedeactiveerd. Activeer het account eerst; er is niets verstuurd.` };
  if (user.password_hash) {
    const message = `${user.email} heeft het wachtwoord al ingesteld; een uitnodiging is niet nodig. `
      + 'Het wachtwoord vergeten? Dan kan de gebruiker zelf een nieuw wachtwoord aanvragen.';
    return { ok: false, message };
  }
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
