// Which responses of a wave the monitor tables count under a filter, with their actor kind (issue 18).
// The filter is applied in SQL: at 100× national size, handing every organisation of the wave to
// JavaScript to test it there took longer than the GROUP BY over all the answers.
import { sql } from 'kysely';
import type { OrgCondition } from '../orgConditions.ts';
import { isPostgres } from '../dialect.ts';
import type { Db } from '../database.ts';
import { compiledPerValue } from '../compiledPerValue.ts';
import { conditionOn } from './waveOrganisations.ts';

export interface CountingFilter {
  /** Concepts count too (the staff's 'concepten' view). */
  includeUnsubmitted: boolean;
  /** The kinds a segment applies to (gemeenten, regio's); the others always count. */
  areaKinds: readonly string[];
  /** The segment's conditions (segmentConditions); all must hold for an area kind. */
  conditions: readonly OrgCondition[];
}

/** The responses that count, per row its id and kind (PostgreSQL) or a kind with its ids joined (SQLite). */
const countingQuery = compiledPerValue((db: Db, waveId: string, f: CountingFilter) => {
  let q = db.selectFrom('responses as r').innerJoin('organisations as o', 'o.code', 'r.organisation_code').where('r.wave_id', '=', waveId);
  if (!f.includeUnsubmitted) q = q.where('r.state', '=', 'ingediend');
  if (f.conditions.length) {
    q = q.where((eb) => {
      const inSegment = eb.and(f.conditions.map((c) => conditionOn(eb, c)));
      return f.areaKinds.length ? eb.or([eb('o.actor_kind', 'not in', [...f.areaKinds]), inSegment]) : inSegment;
    });
  }
  // One row per kind with its ids joined: a row per response cost more than the query (see above).
  return isPostgres(db)
    ? q.select(['o.actor_kind', sql<string>`r.id::text`.as('ids')])
    : q.select(['o.actor_kind', sql<string>`group_concat(r.id)`.as('ids')]).groupBy('o.actor_kind');
});

/** Response id → actor kind of every response that counts: the same rule as segments.ts `counts`. */
export async function countingResponses(db: Db, waveId: string, f: CountingFilter): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (const { actor_kind, ids } of (await countingQuery(db, waveId, f)).rows) {
    for (const id of ids.split(',')) out.set(Number(id), actor_kind);
  }
  return out;
}
