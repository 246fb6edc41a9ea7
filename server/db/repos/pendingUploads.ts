import { sql } from 'kysely';
import type { Db } from '../database.ts';
import { isPostgres } from '../dialect.ts';

export interface NewPendingUpload {
  token: string;
  userId: number;
  kind: string;
  payload: string;
  now: string;
  expiresAt: string;
}

/**
 * Stores a pending upload and keeps at most `keep` per person and kind (the oldest go first);
 * expired ones of anybody are removed on the way.
 */
export function savePendingUpload(db: Db, p: NewPendingUpload, keep: number): Promise<void> {
  return db.transaction().execute(async (tx) => {
    await tx.deleteFrom('pending_uploads').where('expires_at', '<=', p.now).execute();
    await tx
      .insertInto('pending_uploads')
      .values({
        token: p.token,
        user_id: p.userId,
        kind: p.kind,
        payload: p.payload,
        bytes: Buffer.byteLength(p.payload),
        created_at: p.now,
        expires_at: p.expiresAt,
      })
      .execute();
    const keepTokens = tx
      .selectFrom('pending_uploads')
      .select('token')
      .where('user_id', '=', p.userId)
      .where('kind', '=', p.kind)
      .orderBy('created_at', 'desc')
      // Uploads of the same millisecond: the later insert wins. SQLite numbers rows in insertion order (rowid);
      // PostgreSQL has no such number, but every save is its own transaction and xmin is that transaction's id.
      .orderBy(isPostgres(db) ? sql`xmin::text::bigint` : sql`rowid`, 'desc')
      .limit(keep);
    await tx
      .deleteFrom('pending_uploads')
      .where('user_id', '=', p.userId)
      .where('kind', '=', p.kind)
      .where('token', 'not in', keepTokens)
      .execute();
  });
}

/** A pending upload belongs to the person who uploaded it, and only until it expires. */
export const findPendingUpload = (db: Db, q: { token: string; userId: number; kind: string; now: string }) =>
  db
    .selectFrom('pending_uploads')
    .select(['payload', 'created_at'])
    .where('token', '=', q.token)
    .where('user_id', '=', q.userId)
    .where('kind', '=', q.kind)
    .where('expires_at', '>', q.now)
    .executeTakeFirst();

export const deletePendingUpload = (db: Db, token: string) => db.deleteFrom('pending_uploads').where('token', '=', token).execute();
