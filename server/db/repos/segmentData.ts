/** What the monitor's segment form and empty-selection check read from the register. */
import type { Db } from '../database.ts';
import type { OrgCondition } from '../orgConditions.ts';
import { compiledPerValue } from '../compiledPerValue.ts';
import { registerOfWave } from './waveOrganisations.ts';

/** Provinces (of gemeenten) and youth-care regions, for the segment form. */
export async function loadSegmentChoices(db: Db) {
  const provinces = await db
    .selectFrom('organisations')
    .select(['province_code as code', 'province_name as name'])
    .distinct()
    // Member kinds (gemeente) and region kinds as the definitions declare them (`partOf`).
    .where('actor_kind', 'in', db.selectFrom('survey_actor_kinds').select('actor_kind').where('part_of', 'is not', null))
    .where('province_code', 'is not', null)
    .orderBy('province_name')
    .execute();
  const regions = await db
    .selectFrom('organisations')
    .select(['code', 'name'])
    .where('actor_kind', 'in', db.selectFrom('survey_actor_kinds').select('part_of').where('part_of', 'is not', null))
    .orderBy('name')
    .execute();
  return {
    provinces: provinces.map((p) => ({ code: p.code!, name: p.name ?? p.code! })),
    regions,
  };
}

/**
 * Active organisations per actor kind of the wave's survey that satisfy these (dimension)
 * conditions, answered or not: whether a filter combination holds any organisation at all.
 */
export async function countOrganisationsByKind(db: Db, waveId: string, conditions: OrgCondition[]): Promise<Map<string, number>> {
  const rows = (await populationQuery(db, waveId, conditions)).rows;
  return new Map(rows.map((r) => [r.kind, Number(r.n)]));
}

const populationQuery = compiledPerValue((db: Db, waveId: string, conditions: OrgCondition[]) =>
  registerOfWave(db, waveId, { conditions })
    .select(['o.actor_kind as kind', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('o.actor_kind'));
