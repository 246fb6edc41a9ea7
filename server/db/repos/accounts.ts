import type { Db } from '../database.ts';
import type { User } from '../schema.ts';

/** Account administration queries (the login queries live in users.ts). */
export const usersOfOrganisation = (db: Db, code: string): Promise<User[]> =>
  db.selectFrom('users').selectAll().where('organisation_code', '=', code).orderBy('email').execute();

export const staffUsers = (db: Db): Promise<User[]> =>
  db.selectFrom('users').selectAll().where('role', '!=', 'respondent').orderBy('role').orderBy('email').execute();

export const setUserActive = (db: Db, id: number, active: boolean) =>
  db.updateTable('users').set({ active: active ? 1 : 0 }).where('id', '=', id).execute();

/** Addresses to remind: active respondents of these organisations who have set a password. */
export function activeRespondents(db: Db, codes: string[]): Promise<Pick<User, 'id' | 'email' | 'organisation_code'>[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(['id', 'email', 'organisation_code'])
    .where('organisation_code', 'in', codes)
    .where('role', '=', 'respondent')
    .where('active', '=', 1)
    .where('password_hash', 'is not', null)
    .orderBy('email')
    .execute();
}

export async function userCountsPerOrganisation(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('users')
    .select((eb) => ['organisation_code', eb.fn.countAll<number>().as('n')])
    .where('organisation_code', 'is not', null)
    .where('active', '=', 1)
    .groupBy('organisation_code')
    .execute();
  return new Map(rows.map((r) => [r.organisation_code!, Number(r.n)]));
}
