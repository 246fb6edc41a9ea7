/**
 * Arrangement that the app's own pages would take many steps to make (an invited account, a link
 * already used, a stored second factor, an API token of a respondent): one named helper each, so no
 * test outside test/support writes rows itself. Answers are arranged with seedResponse (wave.ts).
 */
import { randomBytes } from 'node:crypto';
import { hashApiToken, newApiToken } from '../../server/auth/apiTokens.ts';
import type { Services } from '../../server/context.ts';
import type { Booted } from '../../server/services/bootstrap.ts';
import { setUserActive } from '../../server/db/repos/accounts.ts';
import { insertApiToken, revokeApiToken } from '../../server/db/repos/apiTokens.ts';
import { insertToken } from '../../server/db/repos/invitations.ts';
import { updateOrganisation, type OrganisationChanges } from '../../server/db/repos/organisationAdmin.ts';
import { setTotpSecret } from '../../server/db/repos/security.ts';
import { findUserByEmail, insertUser } from '../../server/db/repos/users.ts';
import { sha256 } from '../../server/services/invitations.ts';

export { seedResponse, type SeedOptions } from './wave.ts';

const nowOf = (s: Services) => s.now().toISOString();

/** Changes an organisation's reference data (name, contact address, active …) as an import would. */
export async function setOrganisation(s: Services, code: string, changes: OrganisationChanges, at = nowOf(s)): Promise<void> {
  await updateOrganisation(s.db, code, changes, at);
}

/** An account that was invited but has not set a password yet (it gets no reminders). */
export function addInvitedAccount(s: Services, email: string, org: string | null, at = nowOf(s), role = 'respondent'): Promise<number> {
  return insertUser(s.db, { email, passwordHash: null, role, organisationCode: org }, at);
}

/** Deactivates an account without going through the coordination pages. */
export async function deactivateAccount(s: Services, userId: number): Promise<void> {
  await setUserActive(s.db, userId, false);
}

async function userId(s: Services, email: string): Promise<number> {
  const user = await findUserByEmail(s.db, email);
  if (!user) throw new Error(`no account ${email}`);
  return user.id;
}

export interface LinkOptions {
  purpose?: 'uitnodiging' | 'herstel';
  /** Default: a fresh random token. */
  token?: string;
  createdAt?: string;
  expiresAt?: string;
  /** Marks the link as used at this time. */
  usedAt?: string;
}

/**
 * A set-password link as the e-mail would carry it (the row issueToken writes, stored as a hash);
 * returns its path. Defaults: a reset link, valid for an hour from the app's clock.
 */
export async function issueAccountLink(s: Services, email: string, opts: LinkOptions = {}): Promise<string> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  const now = s.now();
  const tokenHash = sha256(token);
  await insertToken(s.db, {
    userId: await userId(s, email), purpose: opts.purpose ?? 'herstel', tokenHash, createdBy: null,
    createdAt: opts.createdAt ?? now.toISOString(), expiresAt: opts.expiresAt ?? new Date(now.getTime() + 3_600_000).toISOString(),
  });
  if (opts.usedAt) await s.db.updateTable('account_tokens').set({ used_at: opts.usedAt }).where('token_hash', '=', tokenHash).execute();
  return `/wachtwoord/instellen/${token}`;
}

/** Stores a second-factor key for an account (as if set up earlier), with the last step used. */
export async function setTotp(s: Services, email: string, secret: string, lastStep: number | null = null): Promise<void> {
  await setTotpSecret(s.db, await userId(s, email), secret, lastStep);
}

/**
 * An API token for any account, also one the token command refuses (a respondent's, as when a
 * role changed later); `revoked` revokes it at once. Returns the token as its holder would send it.
 */
export async function issueApiToken(s: Services, userId: number, opts: { label?: string; revoked?: boolean } = {}): Promise<string> {
  const token = newApiToken();
  const id = await insertApiToken(s.db, userId, hashApiToken(token), opts.label ?? null, nowOf(s));
  if (opts.revoked) await revokeApiToken(s.db, id, nowOf(s));
  return token;
}

/**
 * Writes an answer straight into the answer row, skipping every check of the channels: for values
 * that may have come in some other way (control characters, an earlier version of the app).
 */
export function storeAnswerAsIs(b: Booted, wave: string, org: string, field: string, value: unknown, at = nowOf(b.services)): void {
  const { sqlite } = b.database;
  const responseId = sqlite.prepare('select id from responses where wave_id = ? and organisation_code = ?').pluck().get(wave, org);
  if (responseId === undefined) throw new Error(`no response of ${org} in ${wave}`);
  sqlite.prepare('insert or replace into answers (response_id, field_id, value, updated_at, updated_by) values (?, ?, ?, ?, null)')
    .run(responseId, field, JSON.stringify(value), at);
}

/** The gemeente codes of a jeugdregio (from the reference data), sorted, for region fixtures. */
export async function gemeentenOf(s: Services, region: string): Promise<string[]> {
  const rows = await s.db.selectFrom('organisations').select('code')
    .where('actor_kind', '=', 'gemeente').where('region_code', '=', region).orderBy('code').execute();
  return rows.map((r) => r.code);
}
