import { getOrCreateResponse, setResponseState, writeChanges } from '../../server/db/repos/responses.ts';
import type { AnswerValue } from '../../server/questions/index.ts';
import type { Services } from '../../server/services/context.ts';

export const WAVE = 'hervormingsagenda-2024';

/** Stores answers for an organisation directly (no form validation) and submits unless told otherwise. */
export async function seedResponse(
  s: Services,
  org: string,
  answers: Record<string, AnswerValue>,
  opts: { submitted?: boolean; wave?: string } = {},
): Promise<void> {
  const now = s.now().toISOString();
  const response = await getOrCreateResponse(s.db, opts.wave ?? WAVE, org, now);
  const changes = Object.entries(answers).map(([field, value]) => ({ field, old: null, new: value }));
  await writeChanges(s.db, response.id, changes, response.version + 1, null, 'import', now);
  if (opts.submitted ?? true) await setResponseState(s.db, response.id, 'ingediend', null, now);
}

/** The first n gemeente codes of a region (from the reference data), for region fixtures. */
export async function gemeentenOf(s: Services, region: string): Promise<string[]> {
  const rows = await s.db.selectFrom('organisations').select('code').where('actor_kind', '=', 'gemeente').where('region_code', '=', region).orderBy('code').execute();
  return rows.map((r) => r.code);
}
