/**
 * The database file as another process reads it (read-only, its own connection): proof that an
 * acknowledged save was committed to disk, not only held by the app, also after a kill and a restart.
 */
import SQLite from 'better-sqlite3';

function read<T>(file: string, use: (db: SQLite.Database) => T): T {
  const db = new SQLite(file, { readonly: true });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

const value = 'select x.value from answers x join responses r on r.id = x.response_id';

/** The stored value of a field (parsed), undefined when there is none. */
export const committedAnswer = (file: string, field: string): unknown =>
  read(file, (db) => {
    const row = db.prepare(`${value} where x.field_id = ?`).get(field) as { value: string } | undefined;
    return row && JSON.parse(row.value);
  });

/** One organisation's answer: its stored value and every value its history recorded, oldest first. */
export const committedWithHistory = (file: string, org: string, field: string): { current: string | null; history: string[] } =>
  read(file, (db) => {
    const current = db.prepare(`${value} where r.organisation_code = ? and x.field_id = ?`).get(org, field) as
      { value: string } | undefined;
    const history = db.prepare(`select h.new_value from answer_history h join responses r on r.id = h.response_id
      where r.organisation_code = ? and h.field_id = ? order by h.id`).all(org, field) as { new_value: string }[];
    const parse = (json: string) => JSON.parse(json) as string;
    return { current: current ? parse(current.value) : null, history: history.map((h) => parse(h.new_value)) };
  });

/** The addresses a reminder of the wave reaches: active respondents with a password, of its kinds of organisation; sorted. */
export const reminderRecipients = (file: string, wave: string): string[] =>
  read(file, (db) => (db.prepare(`select u.email from users u join organisations o on o.code = u.organisation_code
      join survey_actor_kinds k on k.actor_kind = o.actor_kind and k.survey_id = ?
      where u.role = 'respondent' and u.active = 1 and u.password_hash is not null`).all(wave) as { email: string }[])
    .map((u) => u.email).sort());
