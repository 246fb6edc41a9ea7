import { sql } from 'kysely';
import type { Db } from '../database.ts';

/**
 * Invitations nobody used (issue 16, point 2): respondent accounts of active organisations, still
 * active and without a password, whose newest invitation was never used (still open or expired).
 */
function unusedQuery(db: Db) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.code', 'u.organisation_code')
    .innerJoin('account_tokens as t', (j) => j.onRef('t.user_id', '=', 'u.id').on('t.purpose', '=', 'uitnodiging')
      .on('t.id', '=', sql<number>`(select max(x.id) from account_tokens x where x.user_id = u.id and x.purpose = 'uitnodiging')`))
    .where('u.role', '=', 'respondent')
    .where('u.active', '=', 1)
    .where('u.password_hash', 'is', null)
    .where('o.active', '=', 1)
    .where('t.used_at', 'is', null);
}

export interface UnusedInvitationRow {
  userId: number;
  email: string;
  organisationCode: string;
  organisationName: string;
  invitedAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export async function countUnusedInvitations(db: Db): Promise<number> {
  const row = await unusedQuery(db).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page (or, without `limit`, all) of them, by organisation name and address. */
export function unusedInvitations(db: Db, page?: { limit: number; offset: number }): Promise<UnusedInvitationRow[]> {
  let q = unusedQuery(db)
    .select([
      'u.id as userId', 'u.email', 'o.code as organisationCode', 'o.name as organisationName',
      't.created_at as invitedAt', 't.expires_at as expiresAt', 't.revoked_at as revokedAt',
    ])
    .orderBy('o.name').orderBy('u.email');
  if (page) q = q.limit(page.limit).offset(page.offset);
  return q.execute() as Promise<UnusedInvitationRow[]>;
}

/** The organisations with at least one such invitation (the bulk selection 'uitnodiging niet gebruikt'). */
export async function organisationsWithUnusedInvitation(db: Db): Promise<Set<string>> {
  const rows = await unusedQuery(db).select('o.code').distinct().execute();
  return new Set(rows.map((r) => r.code));
}
