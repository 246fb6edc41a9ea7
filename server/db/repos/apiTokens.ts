import type { Db } from '../database.ts';
import type { User } from '../schema.ts';

export async function insertApiToken(db: Db, userId: number, tokenHash: string, label: string | null, now: string): Promise<number> {
  const row = await db
    .insertInto('api_tokens')
    .values({ user_id: userId, token_hash: tokenHash, label, created_at: now, last_used_at: null, revoked_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The active user holding a token that is not revoked; undefined otherwise. */
export async function findUserByTokenHash(db: Db, tokenHash: string): Promise<{ tokenId: number; user: User } | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select('api_tokens.id as token_id')
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where('users.active', '=', 1)
    .executeTakeFirst();
  if (!row) return undefined;
  const { token_id, ...user } = row;
  return { tokenId: token_id, user };
}

export const touchApiToken = (db: Db, id: number, now: string) =>
  db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();

export const listApiTokens = (db: Db, userId: number) =>
  db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('id').execute();

export async function revokeApiToken(db: Db, id: number, now: string): Promise<boolean> {
  const res = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
