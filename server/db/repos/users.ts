import type { Db } from '../database.ts';
import { isPostgres } from '../dialect.ts';
import { precompiled } from '../precompiled.ts';
import type { User } from '../schema.ts';

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export const findUserByEmail = (db: Db, email: string): Promise<User | undefined> =>
  db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();

// Read on every request of a logged-in user (passport): compiled once.
const userById = precompiled((db: Db, id: number) => db.selectFrom('users').selectAll().where('id', '=', id));

export const findUserById = async (db: Db, id: number): Promise<User | undefined> => (await userById(db, id)).rows[0];

export interface NewUser {
  email: string;
  name?: string | null;
  passwordHash: string | null;
  role: string;
  organisationCode: string | null;
  /** A respondent who may approve the response: the role 'vaststeller' (issue 16, point 7). */
  signOff?: boolean;
}

export async function insertUser(db: Db, u: NewUser, now: string): Promise<number> {
  const row = await db
    .insertInto('users')
    .values(newUserRow(u, now))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * insertUser for a new address that another request (another instance) may be creating at the same
 * moment: null when the address has an account by now, so the caller answers as if it had seen it.
 */
export async function insertUserIfNew(db: Db, u: NewUser, now: string): Promise<number | null> {
  const row = await db
    .insertInto('users')
    .values(newUserRow(u, now))
    .onConflict((oc) => oc.column('email').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

const newUserRow = (u: NewUser, now: string) => ({
  email: normaliseEmail(u.email),
  name: u.name ?? null,
  password_hash: u.passwordHash,
  role: u.role,
  organisation_code: u.organisationCode,
  sign_off: u.signOff ? 1 : 0,
  totp_secret: null,
  created_at: now,
  last_login_at: null,
});

/**
 * Locks the user's row for the caller's transaction on PostgreSQL (SQLite's write transactions run alone
 * already): the transactions that issue or use a user's links take it first, so two of them for one user
 * run one after the other, in one order (user, then links) and so without deadlock.
 */
export async function lockUser(db: Db, id: number): Promise<void> {
  if (isPostgres(db)) await db.selectFrom('users').select('id').where('id', '=', id).forUpdate().execute();
}

export const setPasswordHash = (db: Db, id: number, hash: string) =>
  db.updateTable('users').set({ password_hash: hash }).where('id', '=', id).execute();

/** Ends every session of the user (they were logged in under an older generation); see setUpAuth. */
export const endAllSessions = (db: Db, id: number) =>
  db.updateTable('users').set((eb) => ({ session_generation: eb('session_generation', '+', 1) })).where('id', '=', id).execute();

export const recordLogin = (db: Db, id: number, now: string) =>
  db.updateTable('users').set({ last_login_at: now }).where('id', '=', id).execute();

export const listUsers = (db: Db): Promise<User[]> =>
  db.selectFrom('users').selectAll().orderBy('role').orderBy('email').execute();
