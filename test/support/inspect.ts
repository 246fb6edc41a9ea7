/**
 * Facts that by design no page shows: a link stored only as a hash, every stored answer of a wave
 * (for a cross-check against the tables or after a restore), how the readers batch their queries.
 * Tests read them through these named helpers, never through server/db/repos themselves; whatever
 * a page or the API shows is asserted there instead (see pages.ts).
 */
import SQLite from 'better-sqlite3';
import type { Services } from '../../server/context.ts';
import type { Booted } from '../../server/services/bootstrap.ts';
import { exportBatches } from '../../server/db/repos/exportData.ts';
import { countAnswersByValue, loadWaveOrganisations, waveAnswerBatches } from '../../server/db/repos/monitorData.ts';
import { findResponse, loadAnswers } from '../../server/db/repos/responses.ts';
import type { AnswerValue } from '../../server/questions/index.ts';

/** The hashes of every set-password link ever issued (the links themselves are never stored). */
export async function storedLinkHashes(s: Services): Promise<string[]> {
  return (await s.db.selectFrom('account_tokens').select('token_hash').execute()).map((t) => t.token_hash);
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

export interface StoredResponse {
  org: string;
  actorKind: string;
  submitted: boolean;
  answers: Record<string, AnswerValue>;
}

/** Every response of a wave with its answers (`limit`: the first so many submitted ones only). */
export async function storedResponses(s: Services, wave: string, opts: { submittedOnly?: boolean; limit?: number } = {}): Promise<StoredResponse[]> {
  let orgs = await loadWaveOrganisations(s.db, wave);
  if (opts.submittedOnly) orgs = orgs.filter((o) => o.submitted);
  if (opts.limit !== undefined) orgs = orgs.slice(0, opts.limit);
  const out: StoredResponse[] = [];
  for (const o of orgs) out.push({ org: o.code, actorKind: o.actorKind, submitted: o.submitted, answers: await loadAnswers(s.db, o.responseId) });
  return out;
}

/** A plain GROUP BY over the submitted answers: field → stored value (parsed) → count. */
export async function answerCounts(s: Services, wave: string): Promise<Map<string, Map<string, number>>> {
  const grouped = new Map<string, Map<string, number>>();
  for (const g of await countAnswersByValue(s.db, wave)) {
    const perValue = grouped.get(g.field) ?? new Map<string, number>();
    perValue.set(JSON.parse(g.value) as string, Number(g.n));
    grouped.set(g.field, perValue);
  }
  return grouped;
}

/** Submitted responses per actor kind, counted straight from the tables. */
export async function submittedPerKind(s: Services, wave: string): Promise<Map<string, number>> {
  const rows = await s.db.selectFrom('responses').innerJoin('organisations', 'organisations.code', 'responses.organisation_code')
    .select(['organisations.actor_kind as kind']).select((eb) => eb.fn.countAll<number>().as('n'))
    .where('responses.state', '=', 'ingediend').where('responses.wave_id', '=', wave).groupBy('organisations.actor_kind').execute();
  return new Map(rows.map((r) => [r.kind, Number(r.n)]));
}

/** Every stored answer of a wave as 'org field value', sorted, read with one plain SQL query. */
export function answerLines(sqlite: SQLite.Database, wave: string): string[] {
  const rows = sqlite
    .prepare('select o.organisation_code as org, a.field_id as field, a.value from answers a join responses o on o.id = a.response_id where o.wave_id = ?')
    .all(wave) as { org: string; field: string; value: string }[];
  return rows.map((r) => `${r.org} ${r.field} ${r.value}`).sort();
}

/** The same answers as the monitor's reader loads them, `size` responses a batch: the lines and the number of batches. */
export async function answerLinesInBatches(s: Services, wave: string, size: number): Promise<{ lines: string[]; batches: number; responses: number }> {
  const orgs = await loadWaveOrganisations(s.db, wave);
  const lines: string[] = [];
  let batches = 0;
  for await (const batch of waveAnswerBatches(s.db, orgs, { texts: true }, size)) {
    batches++;
    for (const r of batch) lines.push(`${r.org} ${r.field} ${r.value}`);
  }
  return { lines: lines.sort(), batches, responses: orgs.length };
}

/** The organisation codes of each batch the exports read (`size` a batch). */
export async function exportBatchCodes(s: Services, wave: string, size: number): Promise<string[][]> {
  const batches: string[][] = [];
  for await (const batch of exportBatches(s.db, wave, {}, size)) batches.push(batch.organisations.map((o) => o.code));
  return batches;
}

/**
 * The stored value of a field as another process reads it from the database file (read-only, its
 * own connection): proof that an acknowledged save was committed to disk, not only to the app's cache.
 */
export function committedAnswer(file: string, field: string): unknown {
  const other = new SQLite(file, { readonly: true });
  try {
    const row = other.prepare('select value from answers where field_id = ?').get(field) as { value: string } | undefined;
    return row && JSON.parse(row.value);
  } finally {
    other.close();
  }
}

/** The failed logins counted for a throttle key (0 when none): the counter no page shows. */
export const countedFor = (b: Booted, key: string): number =>
  (b.database.sqlite.prepare('select failures from login_throttle where key = ?').get(key) as { failures: number } | undefined)?.failures ?? 0;

/** The failures counted for the (single) address the tests come from. */
export const countedForAddress = (b: Booted): number =>
  (b.database.sqlite.prepare("select coalesce(sum(failures), 0) n from login_throttle where key like 'address:%'").get() as { n: number }).n;

/** The text of every e-mail as the mail log stores it (personal links are left out before it is stored). */
export async function storedMailBodies(s: Services): Promise<string[]> {
  return (await s.db.selectFrom('mail_messages').select('body_text').execute()).map((m) => m.body_text);
}

/** A response's state and the exact moment it was submitted, as stored (pages show it to the minute). */
export async function responseState(s: Services, wave: string, org: string): Promise<{ state: string; submitted_at: string | null } | undefined> {
  const r = await findResponse(s.db, wave, org);
  return r && { state: r.state, submitted_at: r.submitted_at };
}

/** How many rows every table holds: what a refused request must leave as it was. */
export function rowCounts(b: Booted): Record<string, number> {
  const { sqlite } = b.database;
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`select count(*) from "${t}"`).pluck().get() as number]));
}

/** The uploads kept on the server between preview and confirmation (never in the session). */
export function pendingUploads(b: Booted, kind?: string): { token: string; bytes: number }[] {
  const sql = `select token, bytes from pending_uploads${kind ? ' where kind = ?' : ''} order by rowid`;
  return b.database.sqlite.prepare(sql).all(...(kind ? [kind] : [])) as { token: string; bytes: number }[];
}

/** Every change in the answer history, oldest first: field, channel and the response version it made. */
export function historyEntries(b: Booted): { field_id: string; channel: string; version: number }[] {
  return b.database.sqlite.prepare('select field_id, channel, version from answer_history order by id').all() as { field_id: string; channel: string; version: number }[];
}

/** What a forged request could have changed: answers (a), responses (r), their history (h), events (e), second factors (t). */
export const footprint = (b: Booted) =>
  b.database.sqlite.prepare(`select (select count(*) from answers) a, (select count(*) from responses) r,
    (select count(*) from answer_history) h, (select count(*) from response_events) e, (select count(*) from users where totp_secret is not null) t`).get();

/** The stored JSON text of one answer (undefined when there is none): what an autosave wrote, to the letter. */
export const storedJson = (b: Booted, org: string, field: string): string | undefined =>
  (b.database.sqlite.prepare('select a.value from answers a join responses r on r.id = a.response_id where r.organisation_code = ? and a.field_id = ?')
    .get(org, field) as { value: string } | undefined)?.value;

/** The events of an organisation's response (submitted, reopened …), oldest first. */
export const responseEvents = (b: Booted, org: string): string[] =>
  (b.database.sqlite.prepare('select e.event from response_events e join responses r on r.id = e.response_id where r.organisation_code = ? order by e.id')
    .all(org) as { event: string }[]).map((e) => e.event);

/** The organisations that have a response in the wave. */
export const organisationsWithResponse = (b: Booted, wave: string): string[] =>
  b.database.sqlite.prepare('select organisation_code from responses where wave_id = ?').pluck().all(wave) as string[];

/**
 * One answer of an organisation as another process reads it from the database file: its stored
 * value and every value its history recorded, oldest first (after a kill and a restart).
 */
export function committedWithHistory(file: string, org: string, field: string): { current: string | null; history: string[] } {
  const db = new SQLite(file, { readonly: true });
  try {
    const current = db.prepare('select a.value from answers a join responses r on r.id = a.response_id where r.organisation_code = ? and a.field_id = ?')
      .get(org, field) as { value: string } | undefined;
    const history = db.prepare('select h.new_value from answer_history h join responses r on r.id = h.response_id where r.organisation_code = ? and h.field_id = ? order by h.id')
      .all(org, field) as { new_value: string }[];
    return { current: current ? (JSON.parse(current.value) as string) : null, history: history.map((h) => JSON.parse(h.new_value) as string) };
  } finally {
    db.close();
  }
}
