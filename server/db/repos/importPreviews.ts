import type { Db } from '../database.ts';

export const saveImportPreview = (db: Db, p: { token: string; userId: number; fileName: string; payload: string; now: string }) =>
  db.insertInto('import_previews').values({ token: p.token, user_id: p.userId, file_name: p.fileName, payload: p.payload, created_at: p.now }).execute();

/** A preview belongs to the person who uploaded it. */
export const findImportPreview = (db: Db, token: string, userId: number) =>
  db.selectFrom('import_previews').selectAll().where('token', '=', token).where('user_id', '=', userId).executeTakeFirst();

export const deleteImportPreview = (db: Db, token: string) => db.deleteFrom('import_previews').where('token', '=', token).execute();

/** Previews nobody confirmed are of no use after a while. */
export const deleteImportPreviewsBefore = (db: Db, before: string) => db.deleteFrom('import_previews').where('created_at', '<', before).execute();
