import type { OrgCondition, OrgField } from '../orgConditions.ts';
import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../database.ts';
import type { Database } from '../schema.ts';

/** Which organisations a list, a response figure or an export covers. */
export interface OrganisationFilter {
  actorKind?: string;
  province?: string;
  region?: string;
  /**
   * Monitor dimensions (inhabitants class, urbanisation, …) as their entries define them
   * (`segmentConditions`); all must hold. The rule itself lives in the dimension, not here.
   */
  conditions?: OrgCondition[];
  /** Also deactivated organisations (the organisation list shows them; response figures and exports do not). */
  includeInactive?: boolean;
}

/** An organisation with where it lies and its response in the wave (nulls when it has none). */
export interface OrganisationInWave {
  code: string;
  name: string;
  actor_kind: string;
  province_code: string | null;
  province_name: string | null;
  region_code: string | null;
  region_name: string | null;
  inhabitants: number | null;
  response_state: string | null;
  response_version: number | null;
  submitted_at: string | null;
  /** Offered for sign-off (issue 16, point 7): the response is 'ter vaststelling'. */
  offered_at: string | null;
}

/** The columns of OrganisationInWave, for `.select()` on organisationsInWave. */
export const organisationInWaveColumns = [
  'o.code',
  'o.name',
  'o.actor_kind',
  'o.province_code',
  'o.province_name',
  'o.region_code',
  'reg.name as region_name',
  'o.inhabitants',
  'r.state as response_state',
  'r.version as response_version',
  'r.submitted_at',
  'r.offered_at',
] as const;

/** Where each attribute a dimension condition tests is stored. */
const columnOf = {
  code: 'o.code',
  actorKind: 'o.actor_kind',
  provinceCode: 'o.province_code',
  regionCode: 'o.region_code',
  inhabitants: 'o.inhabitants',
} as const satisfies Record<OrgField, string>;

/** The actor kinds of the wave's survey (from its definition, copied at start-up). */
const kindsOfWave = (db: Db, waveId: string) =>
  db.selectFrom('survey_actor_kinds as k').innerJoin('waves as w', 'w.survey_id', 'k.survey_id').where('w.id', '=', waveId);

/**
 * The organisations (`o`) of the wave's survey narrowed by the filter, without their responses:
 * counts of the register (a segment's population) need no joins.
 */
export function registerOfWave(db: Db, waveId: string, filter: OrganisationFilter = {}) {
  // Only the kinds the wave's survey lists: several surveys, each with its own organisations.
  let q = db.selectFrom('organisations as o').where('o.actor_kind', 'in', kindsOfWave(db, waveId).select('k.actor_kind'));
  if (!filter.includeInactive) q = q.where('o.active', '=', 1);
  if (filter.actorKind) q = q.where('o.actor_kind', '=', filter.actorKind);
  if (filter.province) q = q.where('o.province_code', '=', filter.province);
  if (filter.region) q = q.where('o.region_code', '=', filter.region);
  for (const c of filter.conditions ?? []) q = q.where((eb) => conditionOn(eb, c));
  return q;
}

/**
 * Organisations (`o`) with their response in one wave (`r`, absent when they have none) and the
 * name of their youth-care region (`reg`), narrowed by the filter. Callers choose the columns.
 */
export function organisationsInWave(db: Db, waveId: string, filter: OrganisationFilter = {}) {
  return registerOfWave(db, waveId, filter)
    .leftJoin('responses as r', (j) => j.onRef('r.organisation_code', '=', 'o.code').on('r.wave_id', '=', waveId))
    .leftJoin('organisations as reg', (j) =>
      j.onRef('reg.code', '=', 'o.region_code').on('reg.actor_kind', 'in', kindsOfWave(db, waveId).select('k.part_of')),
    );
}

/** One dimension condition as a WHERE expression on organisations `o` (also used by tallyRows.ts). */
export function conditionOn(eb: ExpressionBuilder<Database & { o: Database['organisations'] }, 'o'>, c: OrgCondition) {
  return c.op === 'in' ? eb(columnOf[c.field], 'in', [...c.value]) : eb(columnOf[c.field], c.op, c.value);
}
