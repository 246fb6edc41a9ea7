// Bulk rows for synthetic waves (bench, tests, demo data): prepared statements on the raw connection,
// because a national-size wave is hundreds of thousands of inserts and kysely's per-row overhead shows.
import type SQLite from 'better-sqlite3';
import type { Organisation } from '../schema.ts';

/** An organisation row without its contact and bookkeeping fields. */
export type OrganisationCore = Pick<
  Organisation, 'code' | 'name' | 'actor_kind' | 'province_code' | 'province_name' | 'region_code' | 'inhabitants'
>;

export interface SyntheticRows {
  organisations(): OrganisationCore[];
  /** Adds a copy of an organisation (ignored when the code exists). */
  addOrganisation(o: OrganisationCore): void;
  /** A response of version 1; returns its id. */
  addResponse(waveId: string, code: string, submitted: boolean): number;
  addAnswer(responseId: number, fieldId: string, value: unknown): void;
  /** Runs `fn` in one transaction. */
  inTransaction(fn: () => void): void;
}

const CORE = 'code, name, actor_kind, province_code, province_name, region_code, inhabitants';

/** The statements of one synthetic wave, every row stamped `at` (ISO). */
export function syntheticRows(sqlite: SQLite.Database, at: string): SyntheticRows {
  const selectOrgs = sqlite.prepare(`select ${CORE} from organisations`);
  const insertOrg = sqlite.prepare(`insert or ignore into organisations (${CORE}, contact_email, active, created_at, updated_at)
    values (@code, @name, @actor_kind, @province_code, @province_name, @region_code, @inhabitants, null, 1, @at, @at)`);
  const insertResponse = sqlite.prepare(`insert into responses
    (wave_id, organisation_code, state, version, submitted_at, created_at, updated_at) values (?, ?, ?, 1, ?, ?, ?)`);
  const insertAnswer = sqlite.prepare(`insert into answers (response_id, field_id, value, updated_at, updated_by)
    values (?, ?, ?, ?, null)`);
  return {
    organisations: () => selectOrgs.all() as OrganisationCore[],
    addOrganisation: (o) => void insertOrg.run({ ...o, at }),
    addResponse: (waveId, code, submitted) =>
      Number(insertResponse.run(waveId, code, submitted ? 'ingediend' : 'concept', submitted ? at : null, at, at).lastInsertRowid),
    addAnswer: (responseId, fieldId, value) => void insertAnswer.run(responseId, fieldId, JSON.stringify(value), at),
    inTransaction: (fn) => sqlite.transaction(fn)(),
  };
}
