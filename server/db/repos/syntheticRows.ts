// Bulk rows for synthetic waves (bench, tests, demo data). A national-size wave is hundreds of thousands
// of inserts and kysely's per-row overhead shows: SQLite gets prepared statements on the raw connection,
// PostgreSQL a few thousand rows per statement (unnest over arrays), both in one transaction.
import type SQLite from 'better-sqlite3';
import type { Db, OpenedDatabase } from '../database.ts';
import { writePostgres } from './syntheticRowsPg.ts';
import { CORE, type OrganisationCore, type SyntheticItem } from './syntheticShapes.ts';

/** The organisations of the reference data (the base a synthetic wave copies). */
export const organisationCores = (db: Db): Promise<OrganisationCore[]> =>
  db.selectFrom('organisations').select(['code', 'name', 'actor_kind', 'province_code', 'province_name', 'region_code', 'inhabitants'])
    .orderBy('code').execute();

/** Writes the items in one transaction, every row stamped `at` (ISO); version 1 for every response. */
export async function writeSyntheticRows(database: OpenedDatabase, items: Iterable<SyntheticItem>, at: string): Promise<void> {
  if (database.dialect === 'sqlite') writeSqlite(database.sqlite, items, at);
  else await database.db.transaction().execute((trx) => writePostgres(trx, items, at));
}

function writeSqlite(sqlite: SQLite.Database, items: Iterable<SyntheticItem>, at: string): void {
  const insertOrg = sqlite.prepare(`insert or ignore into organisations (${CORE}, contact_email, active, created_at, updated_at)
    values (@code, @name, @actor_kind, @province_code, @province_name, @region_code, @inhabitants, null, 1, @at, @at)`);
  const insertResponse = sqlite.prepare(`insert into responses
    (wave_id, organisation_code, state, version, submitted_at, created_at, updated_at) values (?, ?, ?, 1, ?, ?, ?)`);
  const insertAnswer = sqlite.prepare(`insert into answers (response_id, field_id, value, updated_at, updated_by)
    values (?, ?, ?, ?, null)`);
  sqlite.transaction(() => {
    for (const item of items) {
      if ('organisation' in item) {
        insertOrg.run({ ...item.organisation, at });
        continue;
      }
      const r = item.response;
      const state = r.submitted ? 'ingediend' : 'concept';
      const id = insertResponse.run(r.waveId, r.code, state, r.submitted ? at : null, at, at).lastInsertRowid;
      for (const [field, value] of r.answers) insertAnswer.run(id, field, JSON.stringify(value), at);
    }
  })();
}
