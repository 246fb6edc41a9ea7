/** Answers copied from last year's wave that are not confirmed or changed yet (issue 17), and last year's answers themselves. */
import type { Db } from '../database.ts';
import { precompiled } from '../precompiled.ts';
import { answersOfResponses, type StoredAnswers } from './answers.ts';

/** The history channel of a copy from last year: the one write that marks answers as carried. */
export const CARRY_CHANNEL = 'vorig-jaar';

/** The fields of a response that hold a copied, unconfirmed answer. */
// Read by every save: compiled once.
const carriedOf = precompiled((db: Db, responseId: number) =>
  db.selectFrom('carried_answers').select('field_id').where('response_id', '=', responseId).orderBy('field_id'));

export async function listCarried(db: Db, responseId: number): Promise<string[]> {
  return (await carriedOf(db, responseId)).rows.map((r) => r.field_id);
}

export async function markCarried(db: Db, responseId: number, fromResponseId: number, fields: string[], now: string): Promise<void> {
  for (const field of fields) {
    await db
      .insertInto('carried_answers')
      .values({ response_id: responseId, field_id: field, from_response_id: fromResponseId, copied_at: now })
      .onConflict((oc) => oc.columns(['response_id', 'field_id']).doNothing())
      .execute();
  }
}

/** Confirmed or changed: the answer counts from now on. Without `fields`, every carried answer of the response. */
export async function clearCarried(db: Db, responseId: number, fields?: readonly string[]): Promise<number> {
  if (fields && fields.length === 0) return 0;
  let q = db.deleteFrom('carried_answers').where('response_id', '=', responseId);
  if (fields) q = q.where('field_id', 'in', [...fields]);
  const [res] = await q.execute();
  return Number(res?.numDeletedRows ?? 0);
}

/** The submitted responses of these organisations in a wave, with their answers (last year's, for one organisation). */
export async function submittedAnswersOf(
  db: Db, waveId: string, orgCodes: readonly string[],
): Promise<{ responseId: number; org: string; answers: StoredAnswers }[]> {
  if (orgCodes.length === 0) return [];
  const rows = await db
    .selectFrom('responses')
    .select(['id', 'organisation_code'])
    .where('wave_id', '=', waveId)
    .where('organisation_code', 'in', [...orgCodes])
    .where('state', '=', 'ingediend')
    .execute();
  const answers = await answersOfResponses(db, rows.map((r) => r.id));
  const order = new Map(orgCodes.map((c, i) => [c, i]));
  return rows
    .map((r) => ({ responseId: r.id, org: r.organisation_code, answers: answers.get(r.id) ?? {} }))
    .sort((a, b) => order.get(a.org)! - order.get(b.org)!);
}

/** Every submitted response of a wave with its answers, by organisation code (demo data moved on from last year). */
export async function submittedAnswersOfWave(db: Db, waveId: string): Promise<Map<string, StoredAnswers>> {
  const rows = await db.selectFrom('responses').select(['id', 'organisation_code'])
    .where('wave_id', '=', waveId).where('state', '=', 'ingediend').execute();
  const answers = await answersOfResponses(db, rows.map((r) => r.id));
  return new Map(rows.map((r) => [r.organisation_code, answers.get(r.id) ?? {}]));
}
