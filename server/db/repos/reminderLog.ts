/** A wave's reminder plan as coordinators read it: counts per step and the log of what went out. */
import { containsText } from '../contains.ts';
import type { Db } from '../database.ts';
import type { ReminderDelivery } from '../schema.ts';

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
  // containsText escapes like's wildcards: a typed % or _ is just a character.
  const piece = f.q;
  if (piece) q = q.where((eb) => eb.or([containsText('o.name', piece), containsText('o.code', piece)]));
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
