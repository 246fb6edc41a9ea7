import type { Db } from '../database.ts';

/** Every organisation that has a response in the wave, with what segments need. */
export async function loadWaveOrganisations(db: Db, waveId: string) {
  const rows = await db
    .selectFrom('responses')
    .innerJoin('organisations', 'organisations.code', 'responses.organisation_code')
    .select([
      'organisations.code', 'organisations.name', 'organisations.actor_kind', 'organisations.province_code',
      'organisations.region_code', 'organisations.inhabitants', 'responses.state',
    ])
    .where('responses.wave_id', '=', waveId)
    .execute();
  return rows.map((r) => ({
    code: r.code, name: r.name, actorKind: r.actor_kind, provinceCode: r.province_code,
    regionCode: r.region_code, inhabitants: r.inhabitants, submitted: r.state === 'ingediend',
  }));
}

/**
 * All answers of a wave in one query (one row per organisation and field). Without `texts`, the
 * free-text explanation and 'anders' fields are left out: the tables do not need them.
 */
export async function loadWaveAnswers(db: Db, waveId: string, opts: { texts: boolean }) {
  let q = db
    .selectFrom('answers')
    .innerJoin('responses', 'responses.id', 'answers.response_id')
    .select(['responses.organisation_code as org', 'answers.field_id as field', 'answers.value as value'])
    .where('responses.wave_id', '=', waveId);
  if (!opts.texts) q = q.where('answers.field_id', 'not like', '%.toelichting').where('answers.field_id', 'not like', '%.anders');
  return q.execute();
}

/** Provinces (of gemeenten) and youth-care regions, for the segment form. */
export async function loadSegmentChoices(db: Db) {
  const provinces = await db
    .selectFrom('organisations')
    .select(['province_code as code', 'province_name as name'])
    .distinct()
    .where('actor_kind', '=', 'gemeente')
    .where('province_code', 'is not', null)
    .orderBy('province_name')
    .execute();
  const regions = await db
    .selectFrom('organisations')
    .select(['code', 'name'])
    .where('actor_kind', '=', 'regio')
    .orderBy('name')
    .execute();
  return {
    provinces: provinces.map((p) => ({ code: p.code!, name: p.name ?? p.code! })),
    regions,
  };
}

/**
 * A single hand-written GROUP BY over the same answers: submitted responses only, counts per field
 * and stored value. The benchmark's yardstick, and a cross-check of the tables in the tests.
 */
export async function countAnswersByValue(db: Db, waveId: string): Promise<{ field: string; value: string; n: number }[]> {
  return db
    .selectFrom('answers')
    .innerJoin('responses', 'responses.id', 'answers.response_id')
    .select(['answers.field_id as field', 'answers.value as value', (eb) => eb.fn.countAll<number>().as('n')])
    .where('responses.wave_id', '=', waveId)
    .where('responses.state', '=', 'ingediend')
    .groupBy(['answers.field_id', 'answers.value'])
    .execute();
}
