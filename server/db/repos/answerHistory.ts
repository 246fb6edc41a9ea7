/** Writing answers with their append-only history, and reading that history back. */
import type { AnswerValue } from '../../questions/index.ts';
import type { Db } from '../database.ts';
import { precompiled } from '../precompiled.ts';
import type { AnswerHistoryRow } from '../schema.ts';
import { parseStoredAnswer, storedAnswer } from './answers.ts';
import { CARRY_CHANNEL } from './carriedAnswers.ts';

export interface AnswerChange {
  field: string;
  old: AnswerValue | null;
  new: AnswerValue | null;
}

// The statements of every save, compiled once (precompiled.ts).
const deleteAnswer = precompiled((db: Db, responseId: number, field: string) =>
  db.deleteFrom('answers').where('response_id', '=', responseId).where('field_id', '=', field));
const upsertAnswer = precompiled((db: Db, responseId: number, field: string, value: string, now: string, userId: number | null) => db
  .insertInto('answers')
  .values({ response_id: responseId, field_id: field, value, updated_at: now, updated_by: userId })
  .onConflict((oc) => oc.columns(['response_id', 'field_id']).doUpdateSet({ value, updated_at: now, updated_by: userId })));
const insertHistory = precompiled((
  db: Db, responseId: number, field: string, oldValue: string | null, newValue: string | null,
  version: number, userId: number | null, channel: string, now: string,
) => db.insertInto('answer_history').values({
  response_id: responseId, field_id: field, old_value: oldValue, new_value: newValue, version, user_id: userId, channel, changed_at: now,
}));
const setVersion = precompiled((db: Db, responseId: number, version: number, now: string) =>
  db.updateTable('responses').set({ version, updated_at: now }).where('id', '=', responseId));

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
    if (c.new === null) await deleteAnswer(db, responseId, c.field);
    else await upsertAnswer(db, responseId, c.field, storedAnswer(c.new), now, userId);
    const oldValue = c.old === null ? null : storedAnswer(c.old);
    await insertHistory(db, responseId, c.field, oldValue, c.new === null ? null : storedAnswer(c.new), version, userId, channel, now);
  }
  const changed = new Set(changes.map((c) => c.field));
  const uncarried = channel === CARRY_CHANNEL ? [] : carried ? carried.filter((f) => changed.has(f)) : [...changed];
  if (uncarried.length) {
    await db.deleteFrom('carried_answers').where('response_id', '=', responseId).where('field_id', 'in', uncarried).execute();
  }
  await setVersion(db, responseId, version, now);
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
