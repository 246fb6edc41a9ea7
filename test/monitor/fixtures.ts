import type { Services } from '../../server/context.ts';

// The wave and the seeding helper live in test/support/wave.ts; re-exported for the monitor tests.
export { seedResponse, WAVE } from '../support/wave.ts';

/** The first n gemeente codes of a region (from the reference data), for region fixtures. */
export async function gemeentenOf(s: Services, region: string): Promise<string[]> {
  const rows = await s.db.selectFrom('organisations').select('code').where('actor_kind', '=', 'gemeente').where('region_code', '=', region).orderBy('code').execute();
  return rows.map((r) => r.code);
}
