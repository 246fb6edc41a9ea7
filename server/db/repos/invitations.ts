import type { Db } from '../database.ts';
import type { AccountToken } from '../schema.ts';

export interface NewToken {
  userId: number;
  purpose: 'uitnodiging' | 'herstel';
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
  createdBy: number | null;
}

export async function insertToken(db: Db, t: NewToken): Promise<void> {
  await db
    .insertInto('account_tokens')
    .values({
      user_id: t.userId, purpose: t.purpose, token_hash: t.tokenHash, created_at: t.createdAt,
      expires_at: t.expiresAt, used_at: null, revoked_at: null, created_by: t.createdBy,
    })
    .execute();
}

export const findTokenByHash = (db: Db, hash: string): Promise<AccountToken | undefined> =>
  db.selectFrom('account_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();

/** Marks a token used only if nobody used it first; false when it was already used or revoked. */
export async function markTokenUsed(db: Db, id: number, now: string): Promise<boolean> {
  const r = await db
    .updateTable('account_tokens')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Older links stop working when a new one is sent, the password is set, or the account is deactivated. */
export const revokeOpenTokens = (db: Db, userId: number, now: string) =>
  db
    .updateTable('account_tokens')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();

/** The newest invitation of each user, to show whether it is pending, expired or accepted. */
export async function latestInvitations(db: Db, userIds: number[]): Promise<Map<number, AccountToken>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('account_tokens')
    .selectAll()
    .where('user_id', 'in', userIds)
    .where('purpose', '=', 'uitnodiging')
    .orderBy('id')
    .execute();
  return new Map(rows.map((r) => [r.user_id, r]));
}
