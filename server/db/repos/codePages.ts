import type { Db } from '../database.ts';

/** Codes read per page at least: a narrow selection (one province at 100×) then takes few queries. */
const MIN_CODE_PAGE = 500;

/**
 * Organisation rows in code order, `size` a batch (the last one shorter), for the exports and
 * figures that must not hold a large wave at once. Codes are read a page at a time by the primary
 * key: `o.code > last … order by o.code limit n` under a wave's filters made SQLite sort every
 * organisation again for each batch (38,000 at 100×). `matching` narrows a page to the codes the
 * selection holds, `rowsOf` reads a batch of those with `o.code in (…)`, both in code order. Only
 * codes are held across batches: a page of whole rows lived long enough to be promoted to the old
 * generation, and the heap grew by it until the next full collection (issue 18).
 */
export async function* inCodeOrder<T>(
  db: Db, size: number, matching: (codes: string[]) => Promise<string[]>, rowsOf: (codes: string[]) => Promise<T[]>,
): AsyncGenerator<T[]> {
  const pageSize = Math.max(size, MIN_CODE_PAGE);
  let pending: string[] = [];
  let after = '';
  for (;;) {
    const codes = (await db.selectFrom('organisations').select('code').where('code', '>', after)
      .orderBy('code').limit(pageSize).execute()).map((r) => r.code);
    if (codes.length > 0) pending = [...pending, ...(await matching(codes))];
    while (pending.length >= size) {
      const batch = pending.slice(0, size);
      pending = pending.slice(size);
      yield await rowsOf(batch);
    }
    if (codes.length < pageSize) break;
    after = codes[codes.length - 1]!;
  }
  if (pending.length > 0) yield await rowsOf(pending);
}
