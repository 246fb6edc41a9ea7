import type { Db } from '../database.ts';
import { isPostgres } from '../dialect.ts';
import type { ResponseRow } from '../schema.ts';
import { precompiled } from '../precompiled.ts';

export const findResponse = (db: Db, waveId: string, org: string): Promise<ResponseRow | undefined> =>
  db.selectFrom('responses').selectAll()
    .where('wave_id', '=', waveId).where('organisation_code', '=', org)
    .executeTakeFirst();

/**
 * The response of an organisation in a wave, created when missing, and locked for the caller's
 * transaction. On SQLite every write transaction is `begin immediate`, so it is already alone; on
 * PostgreSQL (READ COMMITTED, several instances) `for update` makes a second save of the same response
 * wait until the first has committed, and then read its version and answers: never a lost update.
 * Two instances creating it at once: the insert of one does nothing, both then lock the same row.
 */
export async function getOrCreateResponse(db: Db, waveId: string, org: string, now: string): Promise<ResponseRow> {
  const existing = await lockedResponse(db, waveId, org);
  if (existing) return existing;
  await db
    .insertInto('responses')
    .values({ wave_id: waveId, organisation_code: org, state: 'concept', created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['wave_id', 'organisation_code']).doNothing())
    .execute();
  return (await lockedResponse(db, waveId, org))!;
}

/** findResponse with a row lock on PostgreSQL (SQLite has no row locks and needs none: see above). */
const lockedResponseQuery = precompiled((db: Db, waveId: string, org: string) => db.selectFrom('responses').selectAll()
  .where('wave_id', '=', waveId).where('organisation_code', '=', org)
  .$if(isPostgres(db), (q) => q.forUpdate()));

const lockedResponse = async (db: Db, waveId: string, org: string): Promise<ResponseRow | undefined> =>
  (await lockedResponseQuery(db, waveId, org)).rows[0];

// The answers themselves are read by answers.ts (one loader); re-exported for the callers of this file.
export { loadAnswers } from './answers.ts';

// Changes and their history are written and read by answerHistory.ts; re-exported for the callers of this file.
export { answersAtVersion, historyOf, writeChanges, type AnswerChange } from './answerHistory.ts';

export async function setResponseState(
  db: Db,
  responseId: number,
  state: 'concept' | 'ingediend',
  userId: number | null,
  now: string,
  /** When it was submitted, if not now (an import of earlier fieldwork keeps the file's 'Ingediend op'). */
  submittedAt: string = now,
): Promise<void> {
  await db
    .updateTable('responses')
    .set({
      state,
      submitted_at: state === 'ingediend' ? submittedAt : null,
      submitted_by: state === 'ingediend' ? userId : null,
      // Any offer for sign-off ends with a change of state (issue 16, point 7).
      offered_at: null,
      offered_by: null,
      updated_at: now,
    })
    .where('id', '=', responseId)
    .execute();
  await db
    .insertInto('response_events')
    .values({ response_id: responseId, event: state === 'ingediend' ? 'ingediend' : 'heropend', user_id: userId, at: now })
    .execute();
}

export async function countResponses(db: Db, waveId: string): Promise<number> {
  const row = await db.selectFrom('responses')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('wave_id', '=', waveId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
