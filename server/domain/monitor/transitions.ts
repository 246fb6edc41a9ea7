// Counting answer pairs into a transition table (forward, same, back), suppressed for too small a group.
import type { Pair } from './trendPairs.ts';
import { MIN_GROUP_SIZE, type Transitions } from './types.ts';

/** The transition matrix of the pairs over the codes, and how many moved towards done, stayed or went back. */
export function transitionsOf(pairs: Pair[], codes: string[], rank: Map<string, number> | null, segmented: boolean): Transitions {
  const index = new Map(codes.map((c, i) => [c, i]));
  const matrix = codes.map(() => codes.map(() => 0));
  let forward = 0, same = 0, back = 0, n = 0;
  for (const p of pairs) {
    const i = index.get(String(p.before));
    const j = index.get(String(p.after));
    if (i === undefined || j === undefined) continue;
    n++;
    matrix[i]![j]!++;
    const a = rank?.get(String(p.before)) ?? i;
    const b = rank?.get(String(p.after)) ?? j;
    if (b > a) forward++; else if (b < a) back++; else same++;
  }
  const suppressed = segmented && n < MIN_GROUP_SIZE;
  return suppressed
    ? { n, matrix: null, forward: null, same: null, back: null, suppressed }
    : { n, matrix, forward, same, back, suppressed };
}
