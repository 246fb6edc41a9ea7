import type { Db } from '../database.ts';
import type { NewOrganisation, Organisation } from '../schema.ts';

export const findOrganisation = (db: Db, code: string): Promise<Organisation | undefined> =>
  db.selectFrom('organisations').selectAll().where('code', '=', code).executeTakeFirst();

export const listOrganisations = (db: Db, actorKind?: string): Promise<Organisation[]> => {
  let q = db.selectFrom('organisations').selectAll().orderBy('actor_kind').orderBy('name');
  if (actorKind) q = q.where('actor_kind', '=', actorKind);
  return q.execute();
};

/** Reference data at start-up: add what is missing, never overwrite a coordinator's edits. */
export async function insertMissingOrganisations(db: Db, rows: NewOrganisation[]): Promise<void> {
  // A few hundred rows a statement: one round trip each on PostgreSQL, well inside SQLite's parameter limit.
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 200) {
      await trx
        .insertInto('organisations')
        .values(rows.slice(i, i + 200))
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    }
  });
}

/**
 * Start-up: record which actor kinds each loaded survey lists (its definition is the source),
 * replacing what an earlier start recorded, so a wave's organisations can be selected in SQL.
 */
export async function replaceSurveyActorKinds(
  db: Db,
  surveys: { id: string; kinds: { id: string; partOf?: string | undefined }[] }[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const s of surveys) {
      await trx.deleteFrom('survey_actor_kinds').where('survey_id', '=', s.id).execute();
      if (s.kinds.length === 0) continue;
      await trx
        .insertInto('survey_actor_kinds')
        .values(s.kinds.map((k, position) => ({ survey_id: s.id, actor_kind: k.id, position, part_of: k.partOf ?? null })))
        .execute();
    }
  });
}
