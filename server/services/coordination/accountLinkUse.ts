import { passwordProblem } from '../../auth/passwordPolicy.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { findTokenByHash, markTokenUsed, revokeOpenTokens } from '../../db/repos/invitations.ts';
import { findOrganisation } from '../../db/repos/organisations.ts';
import { endAllSessions, findUserByEmail, findUserById, lockUser, setPasswordHash } from '../../db/repos/users.ts';
import type { AccountToken, User } from '../../db/schema.ts';
import { isoNow, type Services } from '../../context.ts';
import type { MailContext } from './mailLog.ts';
import { sendInvitation, sendReset, sha256 } from './accountLinkIssue.ts';

// Single-use links for invitations and password resets: check and accept, or ask for a new one.

export type TokenStatus = 'valid' | 'used' | 'expired' | 'revoked' | 'inactive' | 'unknown';

export interface TokenCheck {
  status: TokenStatus;
  token?: AccountToken;
  user?: User;
}

export async function checkToken(s: Services, raw: string): Promise<TokenCheck> {
  const token = raw.length > 20 && raw.length < 100 ? await findTokenByHash(s.db, sha256(raw)) : undefined;
  if (!token) return { status: 'unknown' };
  const user = await findUserById(s.db, token.user_id);
  if (!user || !user.active) return { status: 'inactive', token, user };
  if (token.used_at) return { status: 'used', token, user };
  if (token.revoked_at) return { status: 'revoked', token, user };
  if (token.expires_at <= s.now().toISOString()) return { status: 'expired', token, user };
  return { status: 'valid', token, user };
}

export type AcceptResult =
  | { ok: true; user: User }
  | { ok: false; status: TokenStatus; errors?: Record<string, string> };

/**
 * Sets the password through a valid link; the link then stops working, as do other open links,
 * and every session of the user (the user logs in again with the new password).
 */
export async function acceptToken(s: Services, raw: string, password: string, confirm: string): Promise<AcceptResult> {
  const check = await checkToken(s, raw);
  if (check.status !== 'valid') return { ok: false, status: check.status };
  const errors: Record<string, string> = {};
  const problem = passwordProblem(password, check.user!.email);
  if (problem) errors.password = problem;
  if (!errors.password && confirm !== password) {
    errors.confirm = 'De twee wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord twee keer.';
  }
  if (Object.keys(errors).length) return { ok: false, status: 'valid', errors };
  const hash = await hashPassword(password);
  const now = isoNow(s);
  const done = await s.db.transaction().execute(async (trx) => {
    await lockUser(trx, check.user!.id);
    if (!(await markTokenUsed(trx, check.token!.id, now))) return false;
    await setPasswordHash(trx, check.user!.id, hash);
    await revokeOpenTokens(trx, check.user!.id, now);
    // Whoever knew the old password may still be logged in somewhere: those sessions end now.
    await endAllSessions(trx, check.user!.id);
    return true;
  });
  if (!done) return { ok: false, status: 'used' };
  return { ok: true, user: check.user! };
}

/**
 * 'Wachtwoord vergeten': a reset link for an account with a password, a new invitation for one
 * that never set it. The caller says the same thing whatever happened (no account discovery).
 */
export async function requestPasswordLink(s: Services, mc: MailContext, email: string): Promise<void> {
  const user = await findUserByEmail(s.db, email);
  if (!user || !user.active) return;
  if (user.password_hash) {
    await sendReset(s, mc, user);
    return;
  }
  const org = user.organisation_code ? await findOrganisation(s.db, user.organisation_code) : undefined;
  if (org && !org.active) return;
  await sendInvitation(s, mc, user, null);
}

/** From a used, expired or replaced link: a new link to the same account's address. */
export async function renewFromToken(s: Services, mc: MailContext, raw: string): Promise<boolean> {
  const check = await checkToken(s, raw);
  if (!check.user || check.status === 'unknown' || check.status === 'inactive') return false;
  await requestPasswordLink(s, mc, check.user.email);
  return true;
}
