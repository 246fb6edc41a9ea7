/** A reminder step's deliveries, one per organisation: what the runner takes, locks and sends. */
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../database.ts';
import type { ReminderDelivery, ReminderDeliveryTable } from '../schema.ts';

/** Adds deliveries; one that exists (same step and organisation) is left as it is. */
export async function insertDeliveries(db: Db, rows: Omit<Insertable<ReminderDeliveryTable>, 'id'>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    await db.insertInto('reminder_deliveries').values(rows.slice(i, i + 100))
      .onConflict((oc) => oc.columns(['step_id', 'organisation_code']).doNothing()).execute();
  }
}

/** The delivery that is due first: waiting, its time come, and not held by a process that is sending. */
export const nextDueDelivery = (db: Db, now: string): Promise<ReminderDelivery | undefined> =>
  db.selectFrom('reminder_deliveries').selectAll()
    .where('status', '=', 'wacht').where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .orderBy('next_attempt_at').orderBy('id').limit(1).executeTakeFirst();

/** Takes a due delivery for sending; false when another process took it first. */
export async function lockDelivery(db: Db, id: number, now: string, until: string): Promise<boolean> {
  const r = await db.updateTable('reminder_deliveries').set({ locked_until: until })
    .where('id', '=', id).where('status', '=', 'wacht')
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const updateDelivery = (db: Db, id: number, set: Updateable<ReminderDeliveryTable>) =>
  db.updateTable('reminder_deliveries').set(set).where('id', '=', id).execute();

/** Messages the scheduler handed to the mail server since a moment (sent or failed): the rate limit's count. */
export async function scheduledMailsSince(db: Db, since: string): Promise<number> {
  const r = await db.selectFrom('mail_messages').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('reminder_step_id', 'is not', null).where('created_at', '>', since).executeTakeFirstOrThrow();
  return Number(r.n);
}
