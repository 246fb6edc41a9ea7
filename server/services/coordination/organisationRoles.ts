import { organisationRoleLabels, organisationRoles, type OrganisationRole } from '../../auth/roles.ts';
import { setSignOffRight } from '../../db/repos/signOff.ts';
import { findUserById } from '../../db/repos/users.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';

/** The role a form asked for, or null for anything else. */
export const parseOrganisationRole = (raw: string): OrganisationRole | null =>
  (organisationRoles as readonly string[]).includes(raw) ? (raw as OrganisationRole) : null;

/**
 * Makes an organisation's account a vaststeller, or a respondent again (issue 16, point 7). Staff
 * accounts have no organisation role. Takes effect at the account's next request (sessions reload the user).
 */
export async function changeOrganisationRole(
  s: Services, userId: number, raw: string,
): Promise<{ ok: boolean; message: string }> {
  const role = parseOrganisationRole(raw);
  if (!role) return { ok: false, message: messages.signOff.roleUnknown };
  const user = await findUserById(s.db, userId);
  if (!user || user.role !== 'respondent') return { ok: false, message: 'Alleen een account van een organisatie kan vaststeller zijn.' };
  await setSignOffRight(s.db, user.id, role === 'vaststeller');
  return { ok: true, message: `${user.email} is nu ${organisationRoleLabels[role].toLowerCase()}.` };
}
