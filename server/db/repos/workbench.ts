import { sql } from 'kysely';
import type { Db } from '../database.ts';

/** The chasing workbench's figures (issue 16, point 3), read in one query each for a whole wave. */

/** The response id of every organisation that has one in the wave. */
export async function responseIdsInWave(db: Db, waveId: string): Promise<Map<string, number>> {
  const rows = await db.selectFrom('responses').select(['organisation_code', 'id']).where('wave_id', '=', waveId).execute();
  return new Map(rows.map((r) => [r.organisation_code, r.id]));
}

export interface ReminderStats {
  /** On how many different days a reminder reached the organisation (one send to several addresses is one). */
  count: number;
  last: string;
}

/** Per organisation: the reminders that went out in the wave (sent, not failed). */
export async function reminderStats(db: Db, waveId: string): Promise<Map<string, ReminderStats>> {
  const rows = await db
    .selectFrom('mail_messages')
    .select((eb) => [
      'organisation_code',
      sql<number>`count(distinct substr(created_at, 1, 10))`.as('count'),
      eb.fn.max('created_at').as('last'),
    ])
    .where('kind', '=', 'herinnering')
    .where('wave_id', '=', waveId)
    .where('status', '=', 'verzonden')
    .where('organisation_code', 'is not', null)
    .groupBy('organisation_code')
    .execute();
  return new Map(rows.map((r) => [r.organisation_code!, { count: Number(r.count), last: r.last as string }]));
}
