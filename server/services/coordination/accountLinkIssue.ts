import { createHash, randomBytes } from 'node:crypto';
import { roleLabels, type Role } from '../../auth/roles.ts';
import { insertToken, revokeOpenTokens } from '../../db/repos/invitations.ts';
import { lockUser } from '../../db/repos/users.ts';
import { findOrganisation } from '../../db/repos/organisations.ts';
import type { User } from '../../db/schema.ts';
import { invitationMail, resetMail } from '../../mail/templates.ts';
import type { Services } from '../../context.ts';
import { absoluteUrl, sendLogged, type MailContext } from './mailLog.ts';

// Single-use links for invitations and password resets: issue and send (checking and accepting: accountLinkUse.ts).

/** An invitation link is valid this many days. */
export const INVITATION_DAYS = 14;
/** A reset link is for someone who is at their computer now: a short life limits a leaked link. */
export const RESET_HOURS = 2;

export const sha256 = (token: string): string => createHash('sha256').update(token).digest('hex');

export type Purpose = 'uitnodiging' | 'herstel';

/** A fresh single-use link; older open links of the user stop working. */
async function issueToken(
  s: Services, userId: number, purpose: Purpose, by: number | null,
): Promise<{ token: string; expiresAt: string }> {
  const now = s.now();
  const token = randomBytes(32).toString('base64url');
  const ms = purpose === 'uitnodiging' ? INVITATION_DAYS * 86_400_000 : RESET_HOURS * 3_600_000;
  const expiresAt = new Date(now.getTime() + ms).toISOString();
  await s.db.transaction().execute(async (trx) => {
    // Two links issued at once (two instances): the second revokes the first, as when they came one after the other.
    await lockUser(trx, userId);
    await revokeOpenTokens(trx, userId, now.toISOString());
    await insertToken(trx, { userId, purpose, tokenHash: sha256(token), createdAt: now.toISOString(), expiresAt, createdBy: by });
  });
  return { token, expiresAt };
}

const linkFor = (mc: MailContext, token: string) => absoluteUrl(mc, `/wachtwoord/instellen/${token}`);

export async function sendInvitation(s: Services, mc: MailContext, user: User, by: number | null): Promise<boolean> {
  const { token, expiresAt } = await issueToken(s, user.id, 'uitnodiging', by);
  const org = user.organisation_code ? await findOrganisation(s.db, user.organisation_code) : undefined;
  const link = linkFor(mc, token);
  const roleLabel = roleLabels[user.role as Role];
  const mail = invitationMail(mc.siteName, { organisationName: org?.name ?? null, roleLabel, link, expiresAt });
  return sendLogged(s, mc, {
    kind: 'uitnodiging', to: user.email, ...mail, organisationCode: user.organisation_code, userId: user.id, sentBy: by, secretLink: link,
  });
}

export async function sendReset(s: Services, mc: MailContext, user: User): Promise<boolean> {
  const { token, expiresAt } = await issueToken(s, user.id, 'herstel', null);
  const link = linkFor(mc, token);
  const mail = resetMail(mc.siteName, { link, expiresAt });
  return sendLogged(s, mc, {
    kind: 'herstel', to: user.email, ...mail, organisationCode: user.organisation_code, userId: user.id, secretLink: link,
  });
}
