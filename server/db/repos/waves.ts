import type { Db } from '../database.ts';
import type { NewWave, Wave } from '../schema.ts';
import { precompiled } from '../precompiled.ts';

// Read by every questionnaire page and save: compiled once.
const waveById = precompiled((db: Db, id: string) => db.selectFrom('waves').selectAll().where('id', '=', id));

export const findWave = async (db: Db, id: string): Promise<Wave | undefined> => (await waveById(db, id)).rows[0];

/** Newest first; waves opening on the same day (two surveys in demo mode) by id, so the order is stable. */
export const listWaves = (db: Db): Promise<Wave[]> =>
  db.selectFrom('waves').selectAll().orderBy('opens_on', 'desc').orderBy('id').execute();

export async function insertWaveIfMissing(db: Db, wave: NewWave): Promise<void> {
  await db
    .insertInto('waves')
    .values(wave)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export const updateWave = (
  db: Db,
  id: string,
  set: Partial<Pick<Wave, 'state' | 'opens_on' | 'closes_on' | 'reference_date' | 'title' | 'named_comparison'
    | 'sign_off_required' | 'sign_off_four_eyes' | 'previous_wave_id'>>,
) => db.updateTable('waves').set(set).where('id', '=', id).execute();
