import { palette, stackedBar } from './svgBars.ts';
import { MIN_GROUP_SIZE } from '../domain/monitor/types.ts';

// The monitor's shared texts and its stacked bar of answer shares.

export const suppressedText = `Niet getoond: minder dan ${MIN_GROUP_SIZE} respondenten`;

/** A filter combination that holds no organisation of the kind at all (not a small group). */
export const emptyText = 'Geen organisaties in deze selectie';

const ordered = (codes: string[]) => !codes.some((c) => c === 'anders' || c.startsWith('andere'));

export function barFor(codes: string[], labels: string[], cells: (number | null)[], counts: number[] | null, n: number): string | null {
  if (n <= 0 || cells.every((c) => c === null)) return null;
  const weights = counts ? counts.map((c) => c / n) : cells.map((c) => (c ?? 0) / 100);
  const segments = labels.map((label, i) => ({ label, percent: cells[i] ?? null, weight: weights[i] ?? 0 }));
  return stackedBar(segments, palette(codes.length, ordered(codes)));
}

