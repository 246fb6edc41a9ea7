// The answers the monitor tables count, a batch of responses at a time, each response as its id and
// its fields and JSON values side by side (issue 18). On SQLite the statement runs on the raw
// connection in array mode, one row per response (kysely's row objects were half the time of a national
// wave, and a row per answer still most of what was left). PostgreSQL reads through kysely.
import type SQLite from 'better-sqlite3';
import { rawSqliteOf, type Db } from '../database.ts';
import { precompiled } from '../precompiled.ts';

/** Takes one response: its id and its answers as field, value, field, value, … (read them before returning). */
export type ConsumeResponse = (responseId: number, pairs: readonly string[]) => void;

const TEXTS = `a.field_id not like '%.toelichting' and a.field_id not like '%.anders'`;
const NOT_CARRIED = 'not exists (select 1 from carried_answers c where c.response_id = a.response_id and c.field_id = a.field_id)';

/** Whether any answer of the wave is still a copy from last year (most waves: none, and the check per row is skipped). */
const anyCarried = precompiled((db: Db, waveId: string) => db.selectFrom('carried_answers as c')
  .innerJoin('responses as r', 'r.id', 'c.response_id').select('c.response_id').where('r.wave_id', '=', waveId).limit(1));

async function hasCarried(db: Db, waveId: string): Promise<boolean> {
  return (await anyCarried(db, waveId)).rows.length > 0;
}

/**
 * On SQLite each response comes as one row, its answers joined into one text: handing 40 rows per
 * response from C to JavaScript cost more than the grouping itself (npm run bench). The separators
 * are control characters, which stored JSON never holds raw (JSON.stringify escapes them).
 */
const SEPARATOR = '\x1f';

/** Prepared batch statements per connection, by batch size and whether copies are checked. */
const statements = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

function sqliteBatch(sqlite: SQLite.Database, carried: boolean, ids: number[], consume: ConsumeResponse): void {
  let cache = statements.get(sqlite);
  if (!cache) statements.set(sqlite, (cache = new Map()));
  const key = `${ids.length}:${carried}`;
  let st = cache.get(key);
  if (!st) {
    const sql = `select a.response_id, group_concat(a.field_id || char(31) || a.value, char(31)) from answers a
      where a.response_id in (${ids.map(() => '?').join(',')}) and ${TEXTS}${carried ? ` and ${NOT_CARRIED}` : ''}
      group by a.response_id order by a.response_id`;
    // Batch sizes are few (a full batch and the last one); the bound guards against surprises.
    if (cache.size >= 100) cache.clear();
    cache.set(key, (st = sqlite.prepare(sql).raw()));
  }
  // One split gives field, value, field, value, … (field ids are slugs of the definitions). Each list is
  // handed on at once: 500 responses' lists alive together were a tenth of the time in the collector.
  for (const [id, joined] of st.all(...ids) as [number, string][]) consume(id, joined.split(SEPARATOR));
}

/**
 * The answers of these responses of one wave (explanations and 'anders' texts left out, copies not
 * yet confirmed too), handed to `consume` one response at a time, read a batch of responses at a time.
 */
export async function forEachTallyBatch(
  db: Db, waveId: string, responseIds: readonly number[], consume: ConsumeResponse, size = 500,
): Promise<void> {
  const carried = await hasCarried(db, waveId);
  const sqlite = rawSqliteOf(db);
  for (let i = 0; i < responseIds.length; i += size) {
    const ids = responseIds.slice(i, i + size);
    if (sqlite) {
      // Holding kysely's connection: no other request's open transaction shares the statement (its
      // uncommitted rows would be read). Between batches other requests get their turn.
      await db.connection().execute(async () => sqliteBatch(sqlite, carried, ids, consume));
      continue;
    }
    let q = db.selectFrom('answers as a').select(['a.response_id', 'a.field_id', 'a.value'])
      .where('a.response_id', 'in', ids).where('a.field_id', 'not like', '%.toelichting').where('a.field_id', 'not like', '%.anders')
      .orderBy('a.response_id');
    if (carried) {
      q = q.where((eb) => eb.not(eb.exists(eb.selectFrom('carried_answers as c').select('c.field_id')
        .whereRef('c.response_id', '=', 'a.response_id').whereRef('c.field_id', '=', 'a.field_id'))));
    }
    consumeByResponse(await q.execute(), consume);
  }
}

/** Rows of answers ordered by response, handed on one response at a time. */
function consumeByResponse(rows: { response_id: number; field_id: string; value: string }[], consume: ConsumeResponse): void {
  let pairs: string[] = [];
  rows.forEach((r, i) => {
    pairs.push(r.field_id, r.value);
    if (rows[i + 1]?.response_id !== r.response_id) {
      consume(r.response_id, pairs);
      pairs = [];
    }
  });
}
