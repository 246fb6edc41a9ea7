/**
 * Table 1.3 of the report, the response per party: the one header and row builder of every export
 * of it (the coordinators' CSV and workbook, and the analyst workbook's 'Respons' sheet), matching
 * the table on the response page.
 */
import type { ResponseOverview } from '../responseOverview.ts';

export const responseTableHeader = [
  'Partij', 'Organisaties', 'Ingevulde vragenlijsten', 'Bezig', 'Niet gestart', 'Responspercentage', 'Aantal vragen',
] as const;

/** 0-based column of the percentage, in table 1.3 and in the per-province and per-region tables. */
export const PERCENT_COLUMN = 5;

interface Counts {
  organisations: number;
  submitted: number;
  inProgress: number;
  notStarted: number;
  /** 0 to 100, one decimal; null for a group without organisations. */
  responsePercentage: number | null;
}

/** What a percentage cell holds for a group without organisations, as on the page. */
export const NO_PERCENTAGE = '–';

/** 'percentage' as the CSV shows it (12.5), 'fraction' for an Excel percentage cell (0.125). */
export type PercentAs = 'percentage' | 'fraction';

const countCells = (c: Counts, as: PercentAs) =>
  [c.organisations, c.submitted, c.inProgress, c.notStarted,
    c.responsePercentage === null ? NO_PERCENTAGE : as === 'fraction' ? c.responsePercentage / 100 : c.responsePercentage];

/** The parties of table 1.3, then the total (which has no number of questions). */
export function responseTableRows(o: Pick<ResponseOverview, 'rows' | 'total'>, as: PercentAs): (string | number | null)[][] {
  return [...o.rows, o.total].map((r) => [r.label, ...countCells(r, as), r.questionCount]);
}

/** The same counts per province or per region, headed by `first` ('Provincie', 'Jeugdregio'). */
export const groupTableHeader = (first: string): string[] => [first, ...responseTableHeader.slice(1, PERCENT_COLUMN + 1)];

export function groupTableRows(groups: (Counts & { label: string })[], as: PercentAs): (string | number)[][] {
  return groups.map((g) => [g.label, ...countCells(g, as)]);
}
