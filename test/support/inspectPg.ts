/**
 * A PostgreSQL database as another client reads it (its own connection, not the app's pool): the
 * facts no page shows, for the tests that run app instances on PostgreSQL (test/pg/, test/durability/killPg).
 */
import pg from 'pg';

async function read<T>(url: string, text: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

export interface HistoryEntry {
  field: string;
  version: number;
  value: unknown;
}

/** One organisation's answer history in a wave, in the order it was written. */
export const historyPg = async (url: string, wave: string, org: string): Promise<HistoryEntry[]> =>
  (await read<{ field_id: string; version: number; new_value: string | null }>(url, `select h.field_id, h.version, h.new_value
    from answer_history h join responses r on r.id = h.response_id
    where r.wave_id = $1 and r.organisation_code = $2 order by h.id`, [wave, org]))
    .map((h) => ({ field: h.field_id, version: Number(h.version), value: h.new_value === null ? null : JSON.parse(h.new_value) }));

/** One organisation's stored answer to a field and every value its history recorded, oldest first (as committedWithHistory). */
export async function committedWithHistoryPg(
  url: string, org: string, field: string,
): Promise<{ current: string | null; history: string[] }> {
  const current = await read<{ value: string }>(url, `select x.value from answers x join responses r on r.id = x.response_id
    where r.organisation_code = $1 and x.field_id = $2`, [org, field]);
  const history = await read<{ new_value: string }>(url, `select h.new_value from answer_history h join responses r on r.id = h.response_id
    where r.organisation_code = $1 and h.field_id = $2 order by h.id`, [org, field]);
  const parse = (json: string) => JSON.parse(json) as string;
  return { current: current[0] ? parse(current[0].value) : null, history: history.map((h) => parse(h.new_value)) };
}

/** The addresses a reminder of the wave reaches (as reminderRecipients in inspectFile.ts); sorted. */
export const reminderRecipientsPg = async (url: string, wave: string): Promise<string[]> =>
  (await read<{ email: string }>(url, `select u.email from users u join organisations o on o.code = u.organisation_code
    join survey_actor_kinds k on k.actor_kind = o.actor_kind and k.survey_id = $1
    where u.role = 'respondent' and u.active = 1 and u.password_hash is not null`, [wave]))
    .map((u) => u.email).sort();

/** The ids of the waves in the database (start-up makes them), in order. */
export const listWaves = async (url: string): Promise<string[]> =>
  (await read<{ id: string }>(url, 'select id from waves order by id', [])).map((w) => w.id);
