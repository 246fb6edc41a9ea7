/** Writing answers with their append-only history, and reading that history back. */
import type { AnswerValue } from '../../questions/index.ts';
import type { Db } from '../database.ts';
import type { AnswerHistoryRow } from '../schema.ts';
import { parseStoredAnswer, storedAnswer } from './answers.ts';
import { CARRY_CHANNEL } from './carriedAnswers.ts';

export interface AnswerChange {
  field: string;
  old: AnswerValue | null;
  new: AnswerValue | null;
}

/**
 * Writes changes and their history at one new version. Call inside the caller's transaction.
 * `carried`, when the caller read the copies from last year still marked (same transaction), spares
 * a delete when none of them changes; the copies still marked afterwards are returned.
 */
export async function writeChanges(
  db: Db,
  responseId: number,
  changes: AnswerChange[],
  version: number,
  userId: number | null,
  channel: string,
  now: string,
  carried?: readonly string[],
): Promise<string[] | undefined> {
  for (const c of changes) {
    if (c.new === null) {
      await db.deleteFrom('answers').where('response_id', '=', responseId).where('field_id', '=', c.field).execute();
    } else {
      const value = storedAnswer(c.new);
      await db
        .insertInto('answers')
        .values({ response_id: responseId, field_id: c.field, value, updated_at: now, updated_by: userId })
        .onConflict((oc) => oc.columns(['response_id', 'field_id']).doUpdateSet({ value, updated_at: now, updated_by: userId }))
        .execute();
    }
    await db
      .insertInto('answer_history')
      .values({
        response_id: responseId,
        field_id: c.field,
        old_value: c.old === null ? null : storedAnswer(c.old),
        new_value: c.new === null ? null : storedAnswer(c.new),
        version,
        user_id: userId,
        channel,
        changed_at: now,
      })
      .execute();
  }
  // A copied answer from last year that is changed now counts from now on (issue 17); the copy itself stays marked.
  const changed = new Set(changes.map((c) => c.field));
  const uncarried = channel === CARRY_CHANNEL ? [] : carried ? carried.filter((f) => changed.has(f)) : [...changed];
  if (uncarried.length) {
    await db.deleteFrom('carried_answers').where('response_id', '=', responseId).where('field_id', 'in', uncarried).execute();
  }
  await db.updateTable('responses').set({ version, updated_at: now }).where('id', '=', responseId).execute();
  return carried && carried.filter((f) => !uncarried.includes(f));
}

/** The answers as they were at a given version, rebuilt from the history (for three-way merges). */
export async function answersAtVersion(db: Db, responseId: number, version: number): Promise<Record<string, AnswerValue>> {
  const rows = await db
    .selectFrom('answer_history')
    .select(['field_id', 'new_value'])
    .where('response_id', '=', responseId)
    .where('version', '<=', version)
    .orderBy('id')
    .execute();
  const out: Record<string, AnswerValue> = {};
  for (const r of rows) {
    if (r.new_value === null) delete out[r.field_id];
    else out[r.field_id] = parseStoredAnswer(r.new_value);
  }
  return out;
}

export const historyOf = (db: Db, responseId: number): Promise<(AnswerHistoryRow & { email: string | null })[]> =>
  db
    .selectFrom('answer_history')
    .leftJoin('users', 'users.id', 'answer_history.user_id')
    .selectAll('answer_history')
    .select('users.email')
    .where('response_id', '=', responseId)
    .orderBy('answer_history.id', 'desc')
    .execute();
