import type { Db } from '../database.ts';
import type { OrganisationContact, User } from '../schema.ts';

/** Contact people of organisations (issue 16, point 1). */
export interface ContactValues {
  name: string;
  email: string | null;
  role: string;
  role_other: string | null;
}

export const contactsOfOrganisation = (db: Db, code: string): Promise<OrganisationContact[]> =>
  db.selectFrom('organisation_contacts').selectAll().where('organisation_code', '=', code).orderBy('name').orderBy('id').execute();

/** Every contact of these organisations (all organisations when `codes` is undefined), by organisation. */
export async function contactsByOrganisation(db: Db, codes?: string[]): Promise<Map<string, OrganisationContact[]>> {
  if (codes && codes.length === 0) return new Map();
  let q = db.selectFrom('organisation_contacts').selectAll().orderBy('name').orderBy('id');
  if (codes) q = q.where('organisation_code', 'in', codes);
  const out = new Map<string, OrganisationContact[]>();
  for (const c of await q.execute()) out.set(c.organisation_code, [...(out.get(c.organisation_code) ?? []), c]);
  return out;
}

export const findContact = (db: Db, code: string, id: number): Promise<OrganisationContact | undefined> =>
  db.selectFrom('organisation_contacts').selectAll().where('organisation_code', '=', code).where('id', '=', id).executeTakeFirst();

/** Adds a contact; its new id (`returning`: both databases give it, where an insert id is SQLite's alone). */
export const insertContact = async (db: Db, code: string, v: ContactValues, now: string): Promise<number> =>
  (await db.insertInto('organisation_contacts').values({ organisation_code: code, ...v, created_at: now, updated_at: now })
    .returning('id').executeTakeFirstOrThrow()).id;

export const updateContact = (db: Db, id: number, v: ContactValues, now: string) =>
  db.updateTable('organisation_contacts').set({ ...v, updated_at: now }).where('id', '=', id).execute();

export const deleteContact = (db: Db, code: string, id: number) =>
  db.deleteFrom('organisation_contacts').where('organisation_code', '=', code).where('id', '=', id).execute();

export interface ImportedContact {
  organisationCode: string;
  /** The contact this row updates; null adds one. */
  id: number | null;
  values: ContactValues;
}

/** Adds and updates the contacts of an import, all or nothing. */
export async function applyContactImport(db: Db, rows: ImportedContact[], now: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const r of rows) {
      if (r.id === null) await insertContact(trx, r.organisationCode, r.values, now);
      else await updateContact(trx, r.id, r.values, now);
    }
  });
}

/** The accounts with these addresses (bulk invitations decide per contact what to do). */
export async function accountsByEmail(db: Db, emails: string[]): Promise<Map<string, User>> {
  if (emails.length === 0) return new Map();
  const rows = await db.selectFrom('users').selectAll().where('email', 'in', emails).execute();
  return new Map(rows.map((u) => [u.email, u]));
}
