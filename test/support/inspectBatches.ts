/**
 * The readers behind the monitor and the exports, batch by batch, and a plain GROUP BY beside them:
 * the cross-checks that a table counts every stored answer once, whatever the batch size.
 */
import { sql } from 'kysely';
import type { Services } from '../../server/context.ts';
import { exportBatches } from '../../server/db/repos/exportData.ts';
import { countAnswersByValue, loadWaveOrganisations, waveAnswerBatches } from '../../server/db/repos/monitorData.ts';

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
export async function answerLines(s: Services, wave: string): Promise<string[]> {
  const { rows } = await sql<Record<'org' | 'field' | 'value', string>>`select o.organisation_code as org, a.field_id as field, a.value
    from answers a join responses o on o.id = a.response_id where o.wave_id = ${wave}`.execute(s.db);
  return rows.map((r) => `${r.org} ${r.field} ${r.value}`).sort();
}

/** The same answers as the monitor's reader loads them, `size` responses a batch: the lines and the number of batches. */
export async function answerLinesInBatches(s: Services, wave: string, size: number) {
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
