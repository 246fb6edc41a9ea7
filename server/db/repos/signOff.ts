import type { Db } from '../database.ts';

/**
 * Sign-off inside the organisation (issue 16, point 7). Each change is conditional on the state it
 * starts from, so two people clicking at once change it once; the caller runs it in a transaction
 * and reads the number of rows changed. Every step is a response event (the organisation's history).
 */

/** Offers a concept for sign-off; false when it was already offered or submitted. */
export async function markOffered(db: Db, responseId: number, userId: number | null, now: string): Promise<boolean> {
  const r = await db.updateTable('responses')
    .set({ offered_at: now, offered_by: userId, updated_at: now })
    .where('id', '=', responseId).where('state', '=', 'concept').where('offered_at', 'is', null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) return false;
  await db.insertInto('response_events').values({ response_id: responseId, event: 'aangeboden', user_id: userId, at: now }).execute();
  return true;
}

/** Approves an offered response: it is submitted now, by the vaststeller. False when nothing was offered. */
export async function markApproved(db: Db, responseId: number, userId: number, now: string): Promise<boolean> {
  const r = await db.updateTable('responses')
    .set({ state: 'ingediend', submitted_at: now, submitted_by: userId, offered_at: null, offered_by: null, updated_at: now })
    .where('id', '=', responseId).where('state', '=', 'concept').where('offered_at', 'is not', null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) return false;
  await db.insertInto('response_events').values({ response_id: responseId, event: 'vastgesteld', user_id: userId, at: now }).execute();
  return true;
}

/** Sends an offered response back with a remark: editable again. False when nothing was offered. */
export async function markSentBack(db: Db, responseId: number, userId: number, remark: string, now: string): Promise<boolean> {
  const r = await db.updateTable('responses')
    .set({ offered_at: null, offered_by: null, updated_at: now })
    .where('id', '=', responseId).where('state', '=', 'concept').where('offered_at', 'is not', null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) return false;
  await db.insertInto('response_events')
    .values({ response_id: responseId, event: 'teruggestuurd', user_id: userId, at: now, remark })
    .execute();
  return true;
}

/** Gives or takes the sign-off right of a respondent account (the role 'vaststeller'). */
export const setSignOffRight = (db: Db, userId: number, on: boolean) =>
  db.updateTable('users').set({ sign_off: on ? 1 : 0 }).where('id', '=', userId).where('role', '=', 'respondent').execute();

/** The active vaststellers of an organisation who have set a password (who is told of an offer). */
export const activeVaststellers = (db: Db, code: string) =>
  db.selectFrom('users').select(['id', 'email'])
    .where('organisation_code', '=', code).where('role', '=', 'respondent').where('sign_off', '=', 1)
    .where('active', '=', 1).where('password_hash', 'is not', null)
    .orderBy('email').execute();
