import type { Db } from '../database.ts';

/** Codes read per page at least: a narrow selection (one province at 100×) then takes few queries. */
const MIN_CODE_PAGE = 500;

/**
 * Organisation rows in code order, `size` a batch (the last one shorter), for the exports and
 * figures that must not hold a large wave at once. `rowsOf` reads the rows of a page of codes with
 * `o.code in (…)`: looked up by the primary key, whereas `o.code > last … order by o.code limit n`
 * under a wave's filters made SQLite sort every organisation again for each batch (38,000 at 100×).
 */
export async function* inCodeOrder<T extends { code: string }>(
  db: Db, size: number, rowsOf: (codes: string[]) => Promise<T[]>,
): AsyncGenerator<T[]> {
  const pageSize = Math.max(size, MIN_CODE_PAGE);
  let pending: T[] = [];
  let after = '';
  for (;;) {
    const codes = (await db.selectFrom('organisations').select('code').where('code', '>', after)
      .orderBy('code').limit(pageSize).execute()).map((r) => r.code);
    if (codes.length > 0) {
      const rows = await rowsOf(codes);
      // Both lists in the database's order of codes, so the batches are too.
      pending = pending.length ? [...pending, ...rows] : rows;
      while (pending.length >= size) {
        yield pending.slice(0, size);
        pending = pending.slice(size);
      }
    }
    if (codes.length < pageSize) break;
    after = codes[codes.length - 1]!;
  }
  if (pending.length > 0) yield pending;
}
