import type { ExpressionBuilder, InferResult } from 'kysely';
import { rawSqliteOf, type Db } from '../database.ts';
import type { OrgCondition } from '../orgConditions.ts';
import type { Database } from '../schema.ts';
import { organisationsInWave } from './waveOrganisations.ts';

/** An answer copied from last year and not yet confirmed or changed does not count in the monitor (issue 17). */
const notCarried = (eb: ExpressionBuilder<Database, 'answers'>) =>
  eb.not(eb.exists(eb.selectFrom('carried_answers as c').select('c.field_id')
    .whereRef('c.response_id', '=', 'answers.response_id').whereRef('c.field_id', '=', 'answers.field_id')));

/** Every organisation that has a response in the wave, with what segments need. */
export async function loadWaveOrganisations(db: Db, waveId: string) {
  const query = db
    .selectFrom('responses')
    .innerJoin('organisations', 'organisations.code', 'responses.organisation_code')
    .select([
      'organisations.code', 'organisations.name', 'organisations.actor_kind', 'organisations.province_code',
      'organisations.region_code', 'organisations.inhabitants', 'responses.state', 'responses.id as response_id',
    ])
    .where('responses.wave_id', '=', waveId)
    .orderBy('responses.id');
  type OrgRow = InferResult<typeof query>[number];
  // Kinds, provinces and regions repeat: one string each instead of one per organisation (38,000 at 100×).
  const seen = new Map<string, string>();
  const shared = <T extends string | null>(v: T): T => (v === null ? v : ((seen.get(v) ?? (seen.set(v, v), v)) as T));
  const org = (r: OrgRow) => ({
    code: r.code, name: r.name, actorKind: shared(r.actor_kind), provinceCode: shared(r.province_code),
    regionCode: shared(r.region_code), inhabitants: r.inhabitants, submitted: r.state === 'ingediend', responseId: r.response_id,
  });
  const sqlite = rawSqliteOf(db);
  if (!sqlite) return (await query.execute()).map(org);
  // On SQLite each row is mapped as it is read, so only the organisations are held, not a list of
  // rows beside them: a list that long outlived the young generation and grew the heap (issue 18).
  const { sql, parameters } = query.compile();
  const out: ReturnType<typeof org>[] = [];
  await db.connection().execute(async () => {
    for (const r of sqlite.prepare(sql).iterate(...parameters) as Iterable<OrgRow>) out.push(org(r));
  });
  return out;
}

/**
 * The answers of these responses (one row per organisation and field), a batch of responses at a
 * time: the caller indexes each batch and drops it, so only the index is ever whole in memory.
 * Without `texts`, the free-text explanation and 'anders' fields are left out: the tables do not need them;
 * with `fields`, only those fields are read.
 */
export async function* waveAnswerBatches(
  db: Db,
  responses: { code: string; responseId: number }[],
  opts: { texts: boolean; fields?: readonly string[] },
  size = 500,
): AsyncGenerator<{ org: string; field: string; value: string }[]> {
  for (let i = 0; i < responses.length; i += size) {
    const batch = responses.slice(i, i + size);
    const codeOf = new Map(batch.map((r) => [r.responseId, r.code]));
    let q = db
      .selectFrom('answers')
      .select(['response_id', 'field_id as field', 'value'])
      .where('response_id', 'in', [...codeOf.keys()])
      .where(notCarried);
    if (opts.fields) q = q.where('field_id', 'in', [...opts.fields]);
    else if (!opts.texts) q = q.where('field_id', 'not like', '%.toelichting').where('field_id', 'not like', '%.anders');
    const rows = await q.execute();
    yield rows.map((r) => ({ org: codeOf.get(r.response_id)!, field: r.field, value: r.value }));
  }
}


/**
 * A single hand-written GROUP BY over the same answers: submitted responses only, counts per field
 * and stored value. The benchmark's yardstick, and a cross-check of the tables in the tests. With
 * `conditions` (a segment), only the answers of the organisations that satisfy them.
 */
export async function countAnswersByValue(
  db: Db, waveId: string, conditions?: OrgCondition[],
): Promise<{ field: string; value: string; n: number }[]> {
  let q = db
    .selectFrom('answers')
    .innerJoin('responses', 'responses.id', 'answers.response_id')
    .select(['answers.field_id as field', 'answers.value as value', (eb) => eb.fn.countAll<number>().as('n')])
    .where('responses.wave_id', '=', waveId)
    .where('responses.state', '=', 'ingediend')
    .where(notCarried)
    .groupBy(['answers.field_id', 'answers.value']);
  if (conditions) q = q.where('responses.organisation_code', 'in', organisationsInWave(db, waveId, { conditions }).select('o.code'));
  return q.execute();
}
