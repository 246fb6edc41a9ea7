/**
 * Facts that by design no page shows: a link stored only as a hash, the answers in a database no
 * app serves (a backup), the login counters, what a refused request must leave untouched. Tests read
 * them through these named helpers, never through server/db/repos or their own SQL; whatever a page
 * or the API shows is asserted there instead (pages.ts). Reading the file from another process:
 * inspectFile.ts; the readers' batches and a plain GROUP BY beside the monitor: inspectBatches.ts.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Services } from '../../server/context.ts';
import { loadWaveOrganisations } from '../../server/db/repos/monitorData.ts';
import { findResponse, loadAnswers } from '../../server/db/repos/responses.ts';
import { findUserByEmail } from '../../server/db/repos/users.ts';
import { findWave, listWaves } from '../../server/db/repos/waves.ts';
import type { AnswerValue } from '../../server/questions/index.ts';
import type { Booted } from '../../server/services/bootstrap.ts';

type Row = Record<string, unknown>;
// Plain SQL, written once for SQLite and PostgreSQL (kysely's sql template on the app's own connection).
const all = async <T = Row>(b: Booted, query: RawBuilder<unknown>) => (await query.execute(b.services.db)).rows as T[];
const one = async <T = Row>(b: Booted, query: RawBuilder<unknown>) => (await all<T>(b, query))[0];
const inResponse = sql`join responses r on r.id = x.response_id where r.organisation_code =`;

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
export const organisationsWithResponse = async (b: Booted, wave: string): Promise<string[]> =>
  (await all<{ org: string }>(b, sql`select organisation_code org from responses where wave_id = ${wave}`)).map((r) => r.org);

/** The stored JSON text of one answer (undefined when there is none): what an autosave wrote, to the letter. */
export const storedJson = async (b: Booted, org: string, field: string): Promise<string | undefined> =>
  (await one<{ value: string }>(b, sql`select x.value from answers x ${inResponse} ${org} and x.field_id = ${field}`))?.value;

/** The events of an organisation's response (submitted, reopened …), oldest first. */
export const responseEvents = async (b: Booted, org: string): Promise<string[]> =>
  (await all<{ event: string }>(b, sql`select x.event from response_events x ${inResponse} ${org} order by x.id`)).map((e) => e.event);

/** Every change in the answer history, oldest first: field, channel and the response version it made. */
export const historyEntries = (b: Booted) =>
  all<{ field_id: string; channel: string; version: number }>(b, sql`select field_id, channel, version from answer_history order by id`);

/**
 * The uploads kept on the server between preview and confirmation (never in the session). What a
 * refused upload said, kept for the page after the redirect (kind 'result'), is a message, not an upload.
 * Oldest first (by time; the token is random, so it only makes the order of equal times fixed).
 */
export const pendingUploads = (b: Booted, kind?: string) => kind
  ? all<{ token: string; bytes: number }>(b, sql`select token, bytes from pending_uploads where kind = ${kind} order by created_at, token`)
  : all<{ token: string; bytes: number }>(b, sql`select token, bytes from pending_uploads where kind <> 'result' order by created_at, token`);

/** The failed logins counted for a throttle key (0 when none): the counter no page shows. */
export const countedFor = async (b: Booted, key: string): Promise<number> =>
  (await one<{ failures: number }>(b, sql`select failures from login_throttle where key = ${key}`))?.failures ?? 0;

/** The failures counted for the (single) address the tests come from. */
export const countedForAddress = async (b: Booted): Promise<number> =>
  Number((await one<{ n: number }>(b, sql`select coalesce(sum(failures), 0) n from login_throttle where key like 'address:%'`))!.n);

/**
 * How many rows every table holds: what a refused request must leave as it was. The message of a
 * refused upload, kept for the page after the redirect, does not count (see pendingUploads).
 */
export async function rowCounts(b: Booted): Promise<Record<string, number>> {
  const tables = (await b.services.db.introspection.getTables()).map((t) => t.name);
  const where = (name: string) => (name === 'pending_uploads' ? sql` where kind <> 'result'` : sql``);
  const counts: Record<string, number> = {};
  for (const name of tables) counts[name] = Number((await one<{ n: number }>(b, sql`select count(*) n from ${sql.table(name)}${where(name)}`))!.n);
  return counts;
}

/** Counts and facts as plain numbers and booleans (PostgreSQL's count is bigint, its comparison a boolean). */
const plain = (row: Row | undefined) => row && Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'boolean' ? Number(v) : v]));

/** What a forged request could have changed: answers (a), responses (r), their history (h), events (e), second factors (t). */
export const footprint = async (b: Booted) => plain(await one(b, sql`select (select count(*) from answers) a, (select count(*) from responses) r,
  (select count(*) from answer_history) h, (select count(*) from response_events) e,
  (select count(*) from users where totp_secret is not null) t`));

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
export async function contactFootprint(b: Booted) {
  const names = await all<{ name: string }>(b, sql`select name from organisation_contacts order by id`);
  const counts = plain(await one(b, sql`select (select count(*) from organisation_contacts) c, (select count(*) from users) u,
    (select count(*) from account_tokens) t, (select count(*) from mail_messages) m`));
  return { ...counts, n: names.length > 0 ? names.map((r) => r.name).join(',') : null };
}

/** The (first) response's state, whether it is offered for sign-off, and how many response events there are. */
export const offerFootprint = async (b: Booted) =>
  plain(await one(b, sql`select state, case when offered_at is not null then 1 else 0 end offered,
    (select count(*) from response_events) events from responses`));
