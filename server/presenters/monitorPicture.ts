import { palette, stackedBar } from './svgBars.ts';
import type { PictureCounts } from '../domain/monitor/picture.ts';
import { roundPercent } from '../domain/monitor/rounding.ts';

/** The overall picture's columns, in the order of the bar (from done to not started, then no answer). */
export const pictureColumns = ['Afgerond', 'Mee bezig', 'Nog niet begonnen', 'Geen antwoord'] as const;

export interface PictureRowView {
  /** Per column of pictureColumns: '3' (a single party's agreements) or '42%' (of the answers). */
  cells: string[];
  behind: string;
  chart: string | null;
}

/** One theme (or the total) of a party's overall picture: counts for a single party, shares for groups. */
export function pictureRowView(single: boolean, c: PictureCounts): PictureRowView {
  const counts = [c.done, c.inProgress, c.notStarted, c.unanswered];
  const text = (n: number) => (single ? String(n) : `${roundPercent(n, c.units) ?? 0}%`);
  const segments = pictureColumns.map((label, i) => ({ label, percent: roundPercent(counts[i]!, c.units), weight: counts[i]! }));
  const colours = [...palette(3, true).slice().reverse(), '#d9d9d9'];
  return {
    cells: counts.map(text),
    behind: text(c.behind),
    chart: c.units > 0 ? stackedBar(segments, colours) : null,
  };
}
