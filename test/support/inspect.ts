/**
 * Facts that by design no page shows: a link stored only as a hash, the answers in a database no
 * app serves (a backup), the login counters, what a refused request must leave untouched. Tests read
 * them through these named helpers, never through server/db/repos or their own SQL; whatever a page
 * or the API shows is asserted there instead (pages.ts). Reading the file from another process:
 * inspectFile.ts; the readers' batches and a plain GROUP BY beside the monitor: inspectBatches.ts.
 */
import { sqliteOf } from '../../server/db/database.ts';
import type { Services } from '../../server/context.ts';
import { loadWaveOrganisations } from '../../server/db/repos/monitorData.ts';
import { findResponse, loadAnswers } from '../../server/db/repos/responses.ts';
import { findUserByEmail } from '../../server/db/repos/users.ts';
import { findWave, listWaves } from '../../server/db/repos/waves.ts';
import type { AnswerValue } from '../../server/questions/index.ts';
import type { Booted } from '../../server/services/bootstrap.ts';

type Row = Record<string, unknown>;
const all = <T = Row>(b: Booted, sql: string, ...params: unknown[]) => sqliteOf(b.database).prepare(sql).all(...params) as T[];
const one = <T = Row>(b: Booted, sql: string, ...params: unknown[]) => sqliteOf(b.database).prepare(sql).get(...params) as T | undefined;
const inResponse = 'join responses r on r.id = x.response_id where r.organisation_code = ?';

/** The hashes of every set-password link ever issued (the links themselves are never stored). */
export async function storedLinkHashes(s: Services): Promise<string[]> {
  return (await s.db.selectFrom('account_tokens').select('token_hash').execute()).map((t) => t.token_hash);
}

/** The text of every e-mail as the mail log stores it (personal links are left out before it is stored). */
export async function storedMailBodies(s: Services): Promise<string[]> {
  return (await s.db.selectFrom('mail_messages').select('body_text').execute()).map((m) => m.body_text);
}

/** The stored answers of one organisation in a wave; {} when it has no response. */
export async function storedAnswers(s: Services, wave: string, org: string): Promise<Record<string, AnswerValue>> {
  const r = await findResponse(s.db, wave, org);
  return r ? loadAnswers(s.db, r.id) : {};
}

/** Whether the organisation has a response (opened, saved or submitted) in the wave. */
export async function hasResponse(s: Services, wave: string, org: string): Promise<boolean> {
  return (await findResponse(s.db, wave, org)) !== undefined;
}

/** A response's state and the exact moment it was submitted, as stored (pages show it to the minute). */
export async function responseState(s: Services, wave: string, org: string) {
  const r = await findResponse(s.db, wave, org);
  return r && { state: r.state, submitted_at: r.submitted_at };
}

export interface StoredResponse {
  org: string;
  actorKind: string;
  submitted: boolean;
  answers: Record<string, AnswerValue>;
}

/** Every response of a wave with its answers (`limit`: the first so many only). */
export async function storedResponses(s: Services, wave: string, opts: { submittedOnly?: boolean; limit?: number } = {}) {
  let orgs = await loadWaveOrganisations(s.db, wave);
  if (opts.submittedOnly) orgs = orgs.filter((o) => o.submitted);
  if (opts.limit !== undefined) orgs = orgs.slice(0, opts.limit);
  const out: StoredResponse[] = [];
  for (const o of orgs) {
    out.push({ org: o.code, actorKind: o.actorKind, submitted: o.submitted, answers: await loadAnswers(s.db, o.responseId) });
  }
  return out;
}

/** The organisations that have a response in the wave. */
export const organisationsWithResponse = (b: Booted, wave: string): string[] =>
  all<{ org: string }>(b, 'select organisation_code org from responses where wave_id = ?', wave).map((r) => r.org);

/** The stored JSON text of one answer (undefined when there is none): what an autosave wrote, to the letter. */
export const storedJson = (b: Booted, org: string, field: string): string | undefined =>
  one<{ value: string }>(b, `select x.value from answers x ${inResponse} and x.field_id = ?`, org, field)?.value;

/** The events of an organisation's response (submitted, reopened …), oldest first. */
export const responseEvents = (b: Booted, org: string): string[] =>
  all<{ event: string }>(b, `select x.event from response_events x ${inResponse} order by x.id`, org).map((e) => e.event);

/** Every change in the answer history, oldest first: field, channel and the response version it made. */
export const historyEntries = (b: Booted) =>
  all<{ field_id: string; channel: string; version: number }>(b, 'select field_id, channel, version from answer_history order by id');

/**
 * The uploads kept on the server between preview and confirmation (never in the session). What a
 * refused upload said, kept for the page after the redirect (kind 'result'), is a message, not an upload.
 */
export const pendingUploads = (b: Booted, kind?: string) => kind
  ? all<{ token: string; bytes: number }>(b, 'select token, bytes from pending_uploads where kind = ? order by rowid', kind)
  : all<{ token: string; bytes: number }>(b, "select token, bytes from pending_uploads where kind <> 'result' order by rowid");

/** The failed logins counted for a throttle key (0 when none): the counter no page shows. */
export const countedFor = (b: Booted, key: string): number =>
  one<{ failures: number }>(b, 'select failures from login_throttle where key = ?', key)?.failures ?? 0;

/** The failures counted for the (single) address the tests come from. */
export const countedForAddress = (b: Booted): number =>
  one<{ n: number }>(b, "select coalesce(sum(failures), 0) n from login_throttle where key like 'address:%'")!.n;

/**
 * How many rows every table holds: what a refused request must leave as it was. The message of a
 * refused upload, kept for the page after the redirect, does not count (see pendingUploads).
 */
export function rowCounts(b: Booted): Record<string, number> {
  const tables = all<{ name: string }>(b, "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'");
  const where = (name: string) => (name === 'pending_uploads' ? " where kind <> 'result'" : '');
  return Object.fromEntries(tables.map(({ name }) => [name, one<{ n: number }>(b, `select count(*) n from "${name}"${where(name)}`)!.n]));
}

/** What a forged request could have changed: answers (a), responses (r), their history (h), events (e), second factors (t). */
export const footprint = (b: Booted) => one(b, `select (select count(*) from answers) a, (select count(*) from responses) r,
  (select count(*) from answer_history) h, (select count(*) from response_events) e,
  (select count(*) from users where totp_secret is not null) t`);

/** An account as stored (role, the right to approve …), undefined when the address has none. */
export const storedAccount = (s: Services, email: string) => findUserByEmail(s.db, email);

/** The id of an account (what its admin URLs carry). */
export async function accountId(s: Services, email: string): Promise<number> {
  const user = await findUserByEmail(s.db, email);
  if (!user) throw new Error(`no account ${email}`);
  return user.id;
}

/** A wave as stored (its dates and settings); throws when there is none. */
export async function storedWave(s: Services, wave: string) {
  const w = await findWave(s.db, wave);
  if (!w) throw new Error(`no wave ${wave}`);
  return w;
}

/** Every wave as stored, newest first. */
export const storedWaves = (s: Services) => listWaves(s.db);

/** What a forged request about contacts or invitations could have changed: contacts (c) and their names (n), accounts (u), links (t), mails (m). */
export const contactFootprint = (b: Booted) => one(b, `select (select count(*) from organisation_contacts) c,
  (select group_concat(name) from organisation_contacts) n, (select count(*) from users) u,
  (select count(*) from account_tokens) t, (select count(*) from mail_messages) m`);

/** The (first) response's state, whether it is offered for sign-off, and how many response events there are. */
export const offerFootprint = (b: Booted) =>
  one(b, 'select state, offered_at is not null offered, (select count(*) from response_events) events from responses');
