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
import { insertContact, type ContactValues } from '../../server/db/repos/contacts.ts';
import { insertToken } from '../../server/db/repos/invitations.ts';
import { insertMailMessage, type NewMailMessage } from '../../server/db/repos/mail.ts';
import { updateOrganisation, type OrganisationChanges } from '../../server/db/repos/organisationAdmin.ts';
import { insertStep } from '../../server/db/repos/reminderPlan.ts';
import { getOrCreateResponse, writeChanges, type AnswerChange } from '../../server/db/repos/responses.ts';
import { setTotpSecret } from '../../server/db/repos/security.ts';
import { setSignOffRight } from '../../server/db/repos/signOff.ts';
import { insertUser } from '../../server/db/repos/users.ts';
import { updateWave } from '../../server/db/repos/waves.ts';
import { daysBefore } from '../../server/domain/reminderSchedule.ts';
import { sha256 } from '../../server/services/invitations.ts';
import { accountId, storedWave } from './inspect.ts';

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

/** A contact person of an organisation (as the organisation page adds one); returns its id. */
export async function addContact(s: Services, org: string, contact: ContactValues, at = nowOf(s)): Promise<number> {
  return insertContact(s.db, org, contact, at);
}

/** Gives a respondent's account the right to approve ('vaststeller'), by id or address; returns its id. */
export async function grantSignOff(s: Services, account: number | string): Promise<number> {
  const id = typeof account === 'number' ? account : await accountId(s, account);
  await setSignOffRight(s.db, id, true);
  return id;
}

/** Changes a wave's settings or state directly (the wave form has its own tests). */
export async function setWave(s: Services, wave: string, changes: Parameters<typeof updateWave>[2]): Promise<void> {
  await updateWave(s.db, wave, changes);
}

/** Removes every reminder step and what the plan delivered: an empty plan for the next test. */
export async function clearReminderPlans(s: Services): Promise<void> {
  await s.db.deleteFrom('reminder_deliveries').execute();
  await s.db.deleteFrom('reminder_steps').execute();
}

/**
 * A reminder step that falls on this (Amsterdam) day: the fewest days before the wave's closing
 * date that are not after it. Written as the plan would store it, also while no server runs.
 */
export async function addReminderStepOn(
  s: Services, wave: string, day: string, step: { subject: string; body: string; states?: string },
): Promise<number> {
  const w = await storedWave(s, wave);
  let days = 0;
  while (daysBefore(w.closes_on, days) > day) days++;
  const at = nowOf(s);
  return insertStep(s.db, {
    wave_id: wave, days_before: days, states: step.states ?? 'niet-gestart,bezig', subject: step.subject, body_text: step.body,
    created_by: null, created_at: at, updated_at: at,
  });
}

/** A message in the mail log as the mailer records it (without sending anything). */
export function logMail(s: Services, message: NewMailMessage): Promise<number> {
  return insertMailMessage(s.db, message);
}

/**
 * Answer changes in an organisation's history, each at its own new version (as that many saves
 * would write them), on a response that is opened if it has none yet.
 */
export async function addAnswerHistory(
  s: Services, wave: string, org: string, changes: AnswerChange[], opts: { channel?: string; at?: string } = {},
): Promise<void> {
  const at = opts.at ?? nowOf(s);
  const r = await getOrCreateResponse(s.db, wave, org, at);
  for (const [i, change] of changes.entries()) {
    await writeChanges(s.db, r.id, [change], r.version + i + 1, null, opts.channel ?? 'import', at);
  }
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
    userId: await accountId(s, email), purpose: opts.purpose ?? 'herstel', tokenHash, createdBy: null,
    createdAt: opts.createdAt ?? now.toISOString(), expiresAt: opts.expiresAt ?? new Date(now.getTime() + 3_600_000).toISOString(),
  });
  if (opts.usedAt) await s.db.updateTable('account_tokens').set({ used_at: opts.usedAt }).where('token_hash', '=', tokenHash).execute();
  return `/wachtwoord/instellen/${token}`;
}

/** Stores a second-factor key for an account (as if set up earlier), with the last step used. */
export async function setTotp(s: Services, email: string, secret: string, lastStep: number | null = null): Promise<void> {
  await setTotpSecret(s.db, await accountId(s, email), secret, lastStep);
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
export async function storeAnswerAsIs(
  b: Booted, wave: string, org: string, field: string, value: unknown, at = nowOf(b.services),
): Promise<void> {
  const db = b.services.db;
  const response = await db.selectFrom('responses').select('id').where('wave_id', '=', wave).where('organisation_code', '=', org).executeTakeFirst();
  if (!response) throw new Error(`no response of ${org} in ${wave}`);
  const row = { response_id: response.id, field_id: field, value: JSON.stringify(value), updated_at: at, updated_by: null };
  await db.insertInto('answers').values(row)
    .onConflict((oc) => oc.columns(['response_id', 'field_id']).doUpdateSet({ value: row.value, updated_at: at, updated_by: null })).execute();
}

/** The gemeente codes of a jeugdregio (from the reference data), sorted, for region fixtures. */
export async function gemeentenOf(s: Services, region: string): Promise<string[]> {
  const rows = await s.db.selectFrom('organisations').select('code')
    .where('actor_kind', '=', 'gemeente').where('region_code', '=', region).orderBy('code').execute();
  return rows.map((r) => r.code);
}

export interface ReferenceOrganisation {
  code: string;
  name: string;
  province_code: string | null;
  region_code: string | null;
  inhabitants: number | null;
}

/** Every gemeente in the reference data with its province, region and inhabitants, sorted by code, for fixtures. */
export async function gemeenten(s: Services): Promise<ReferenceOrganisation[]> {
  return s.db.selectFrom('organisations').select(['code', 'name', 'province_code', 'region_code', 'inhabitants'])
    .where('actor_kind', '=', 'gemeente').orderBy('code').execute();
}
