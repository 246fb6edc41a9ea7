import type { Db } from '../database.ts';
import type { Organisation } from '../schema.ts';

/** Organisation administration by coordinators (reference loading lives in organisations.ts). */
export interface OrganisationChanges {
  name?: string;
  actor_kind?: string;
  inhabitants?: number | null;
  province_code?: string | null;
  province_name?: string | null;
  region_code?: string | null;
  contact_email?: string | null;
  active?: number;
}

export const updateOrganisation = (db: Db, code: string, set: OrganisationChanges, now: string) =>
  db.updateTable('organisations').set({ ...set, updated_at: now }).where('code', '=', code).execute();

export const allOrganisations = (db: Db): Promise<Organisation[]> => db.selectFrom('organisations').selectAll().execute();

/** Provinces as the organisations know them (code and name). */
export const provinces = (db: Db): Promise<{ code: string; name: string }[]> =>
  db
    .selectFrom('organisations')
    .select(['province_code as code', 'province_name as name'])
    .where('province_code', 'is not', null)
    .distinct()
    .orderBy('province_name')
    .execute() as Promise<{ code: string; name: string }[]>;

/** Youth-care regions: organisations of a kind that another kind lies in (`partOf` in a definition). */
export const regions = (db: Db): Promise<{ code: string; name: string }[]> =>
  db.selectFrom('organisations').select(['code', 'name'])
    .where('actor_kind', 'in', db.selectFrom('survey_actor_kinds').select('part_of').where('part_of', 'is not', null))
    .orderBy('name').execute();

export interface ImportedOrganisation {
  code: string;
  /** Only the columns the file had; absent columns leave the stored value alone. */
  set: OrganisationChanges & { name: string; actor_kind: string };
}

/**
 * Inserts new organisations and updates existing ones, all or nothing. One upsert per row rather than
 * look-then-write: an import on another instance adding the same code meanwhile (PostgreSQL, READ
 * COMMITTED) then updates it, as on SQLite, where the transaction runs alone.
 */
export async function applyOrganisationImport(db: Db, rows: ImportedOrganisation[], now: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const r of rows) {
      await trx.insertInto('organisations').values({ code: r.code, ...r.set, created_at: now, updated_at: now })
        .onConflict((oc) => oc.column('code').doUpdateSet({ ...r.set, updated_at: now }))
        .execute();
    }
  });
}
