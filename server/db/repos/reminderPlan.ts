/** Reminder plans (issue 16, point 4): the steps of a wave, planned or started; their deliveries are next door. */
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../database.ts';
import type { ReminderStep, ReminderStepTable } from '../schema.ts';

/** Each step's deliveries are in reminderDeliveries.ts; the counts and the log are in reminderLog.ts. */

export const stepsOfWave = (db: Db, waveId: string): Promise<ReminderStep[]> =>
  db.selectFrom('reminder_steps').selectAll().where('wave_id', '=', waveId).orderBy('days_before', 'desc').execute();

export const findStep = (db: Db, id: number): Promise<ReminderStep | undefined> =>
  db.selectFrom('reminder_steps').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertStep(db: Db, row: Omit<Insertable<ReminderStepTable>, 'id' | 'started_at'>): Promise<number> {
  return (await db.insertInto('reminder_steps').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Changes a step that has not started; false when it has (or is gone). */
export async function updatePlannedStep(db: Db, id: number, set: Updateable<ReminderStepTable>): Promise<boolean> {
  const r = await db.updateTable('reminder_steps').set(set).where('id', '=', id).where('started_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deletePlannedStep(db: Db, id: number): Promise<boolean> {
  const r = await db.deleteFrom('reminder_steps').where('id', '=', id).where('started_at', 'is', null).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** Every step that has not started yet, in any wave. */
export const plannedSteps = (db: Db): Promise<ReminderStep[]> =>
  db.selectFrom('reminder_steps').selectAll().where('started_at', 'is', null).orderBy('id').execute();

/** Marks the step started; only one caller ever gets true (call inside the transaction that adds its deliveries). */
export async function claimStep(db: Db, id: number, now: string): Promise<boolean> {
  const r = await db.updateTable('reminder_steps').set({ started_at: now })
    .where('id', '=', id).where('started_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
