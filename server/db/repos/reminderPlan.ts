import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../database.ts';
import type { ReminderDelivery, ReminderDeliveryTable, ReminderStep, ReminderStepTable } from '../schema.ts';

/** Reminder plans (issue 16, point 4): the steps of a wave and their progress per organisation. */

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

export interface StepCounts {
  step_id: number;
  status: string;
  n: number;
}

/** Per step of a wave: how many deliveries are in each status. */
export const deliveryCounts = (db: Db, waveId: string): Promise<StepCounts[]> =>
  db.selectFrom('reminder_deliveries as d').innerJoin('reminder_steps as s', 's.id', 'd.step_id')
    .select((eb) => ['d.step_id', 'd.status', eb.fn.countAll<number>().as('n')])
    .where('s.wave_id', '=', waveId).groupBy(['d.step_id', 'd.status']).execute();

export type DeliveryLogRow = ReminderDelivery & { organisation_name: string; days_before: number };

/** The log's filter: a status, and a piece of the organisation's name or code. */
export interface DeliveryLogFilter {
  status?: string;
  q?: string;
}

const logBase = (db: Db, waveId: string, f: DeliveryLogFilter) => {
  let q = db.selectFrom('reminder_deliveries as d').innerJoin('reminder_steps as s', 's.id', 'd.step_id')
    .innerJoin('organisations as o', 'o.code', 'd.organisation_code').where('s.wave_id', '=', waveId);
  if (f.status) q = q.where('d.status', '=', f.status);
  // instr, not like: a typed % or _ is just a character.
  if (f.q) q = q.where(sql<boolean>`(instr(lower(o.name), ${f.q.toLowerCase()}) > 0 or instr(lower(o.code), ${f.q.toLowerCase()}) > 0)`);
  return q;
};

export async function countDeliveryLog(db: Db, waveId: string, f: DeliveryLogFilter): Promise<number> {
  return Number((await logBase(db, waveId, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
}

/** The plan's log: the deliveries of the wave's steps, newest change first, one page at a time. */
export const deliveryLog = (
  db: Db, waveId: string, f: DeliveryLogFilter, page: { limit: number; offset: number },
): Promise<DeliveryLogRow[]> =>
  logBase(db, waveId, f).selectAll('d').select(['o.name as organisation_name', 's.days_before'])
    .orderBy('d.updated_at', 'desc').orderBy('d.id', 'desc').limit(page.limit).offset(page.offset).execute() as Promise<DeliveryLogRow[]>;
