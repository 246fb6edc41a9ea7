import type { Db } from '../database.ts';

/**
 * One hand-written SQL query counting the transitions between two waves: per field the pairs
 * (earlier value, later value) of organisations that submitted both times, the same field id in
 * both (no renamed questions, no mergers). The benchmark's yardstick for the trend tables (issue 17).
 */
export async function countTransitions(
  db: Db, waveId: string, previousWaveId: string, fields: readonly string[],
): Promise<{ field: string; before: string; after: string; n: number }[]> {
  if (fields.length === 0) return [];
  return db
    .selectFrom('answers as a')
    .innerJoin('responses as r', 'r.id', 'a.response_id')
    .innerJoin('responses as rp', (j) => j.onRef('rp.organisation_code', '=', 'r.organisation_code').on('rp.wave_id', '=', previousWaveId))
    .innerJoin('answers as p', (j) => j.onRef('p.response_id', '=', 'rp.id').onRef('p.field_id', '=', 'a.field_id'))
    .select(['a.field_id as field', 'p.value as before', 'a.value as after', (eb) => eb.fn.countAll<number>().as('n')])
    .where('r.wave_id', '=', waveId)
    .where('r.state', '=', 'ingediend')
    .where('rp.state', '=', 'ingediend')
    .where('a.field_id', 'in', [...fields])
    .groupBy(['a.field_id', 'p.value', 'a.value'])
    .execute();
}
