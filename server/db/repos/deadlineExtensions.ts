import type { Db } from '../database.ts';
import type { DeadlineExtension, Organisation } from '../schema.ts';
import { precompiled } from '../precompiled.ts';

/** Extra time for one organisation (issue 16, point 6). Append-only: the newest grant counts. */
export const insertExtension = (db: Db, e: Omit<DeadlineExtension, 'id'>) => db.insertInto('deadline_extensions').values(e).execute();

/** The extension that counts for an organisation in a wave (the newest grant), if any. */
export const currentExtension = (db: Db, waveId: string, org: string): Promise<DeadlineExtension | undefined> =>
  db
    .selectFrom('deadline_extensions')
    .selectAll()
    .where('wave_id', '=', waveId)
    .where('organisation_code', '=', org)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();

const organisationInWaveQuery = precompiled((db: Db, waveId: string, code: string) => db
  .selectFrom('organisations as o')
  .leftJoin('deadline_extensions as e', (join) => join.on((eb) => eb('e.id', '=', eb
    .selectFrom('deadline_extensions as x').select((x) => x.fn.max('x.id').as('id'))
    .where('x.wave_id', '=', waveId).whereRef('x.organisation_code', '=', 'o.code'))))
  .selectAll('o')
  .select(['e.closes_on as ext_closes_on', 'e.reason as ext_reason'])
  .where('o.code', '=', code));

/**
 * An organisation with the extension that counts for it in a wave (closes_on and reason), in one query:
 * every save and questionnaire page reads both.
 */
export async function organisationInWave(
  db: Db, waveId: string, code: string,
): Promise<{ organisation: Organisation; extension: Pick<DeadlineExtension, 'closes_on' | 'reason'> | null } | undefined> {
  const row = (await organisationInWaveQuery(db, waveId, code)).rows[0];
  if (!row) return undefined;
  const { ext_closes_on, ext_reason, ...organisation } = row;
  return { organisation, extension: ext_closes_on === null ? null : { closes_on: ext_closes_on, reason: ext_reason ?? '' } };
}

/** Every grant to an organisation, newest first, with who granted it (the organisation page's history). */
export const extensionsOfOrganisation = (db: Db, org: string) =>
  db
    .selectFrom('deadline_extensions as d')
    .innerJoin('waves as w', 'w.id', 'd.wave_id')
    .leftJoin('users as u', 'u.id', 'd.granted_by')
    .select(['d.id', 'd.wave_id', 'w.title as wave_title', 'd.closes_on', 'd.reason', 'd.granted_at', 'u.email as granted_by_email'])
    .where('d.organisation_code', '=', org)
    .orderBy('d.id', 'desc')
    .execute();

/** The extension that counts per organisation in a wave (the workbench). */
export async function extensionsInWave(db: Db, waveId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('deadline_extensions')
    .select(['organisation_code', 'closes_on'])
    .where('wave_id', '=', waveId)
    .orderBy('id')
    .execute();
  return new Map(rows.map((r) => [r.organisation_code, r.closes_on]));
}
