// What the monitor tables of a wave depend on, summed up in one row (issue 18): when none of it
// moved, tables computed before are still right. Every answer is written through writeChanges,
// which raises its response's version; submit and reopen change the state; register edits stamp
// the organisation with their time (an edit in the very millisecond of the last one would go
// unseen until the next change); confirming a copy from last year removes its mark.
import { sql } from 'kysely';
import type { Db } from '../database.ts';

export async function waveDataStamp(db: Db, waveId: string): Promise<string> {
  const row = await db
    .selectFrom('responses as r')
    .select([
      (eb) => eb.fn.countAll<number>().as('responses'),
      (eb) => eb.fn.coalesce(eb.fn.sum<number>('r.version'), sql<number>`0`).as('versions'),
      (eb) => eb.fn.sum<number>(eb.case().when('r.state', '=', 'ingediend').then(1).else(0).end()).as('submitted'),
      (eb) => eb.fn.max('r.updated_at').as('changed'),
      (eb) => eb.selectFrom('organisations').select((o) => o.fn.max('updated_at').as('m')).as('register'),
      (eb) => eb.selectFrom('organisations').select((o) => o.fn.countAll<number>().as('n')).as('organisations'),
      (eb) => eb.selectFrom('carried_answers as c').innerJoin('responses as cr', 'cr.id', 'c.response_id')
        .select((o) => o.fn.countAll<number>().as('n')).where('cr.wave_id', '=', waveId).as('carried'),
    ])
    .where('r.wave_id', '=', waveId)
    .executeTakeFirstOrThrow();
  return JSON.stringify(row);
}
