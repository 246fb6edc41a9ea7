import { legend, palette, stackedBar } from './svgBars.ts';
import type { Summary } from '../domain/monitor/aggregate.ts';
import type { OwnAnswers } from '../domain/monitor/own.ts';
import type { PictureCounts } from '../domain/monitor/picture.ts';
import { roundPercent } from '../domain/monitor/rounding.ts';
import type { ActorTable, InformativeStat, TableRow } from '../domain/monitor/types.ts';
import { MIN_GROUP_SIZE } from '../domain/monitor/types.ts';
import { moduleFor } from '../questions/index.ts';
import type { Survey } from '../survey/schema.ts';

/** View models for the monitor pages: what each cell says, so the templates stay simple. */
export interface CellView {
  text: string;
  colspan: number;
  chosen: boolean;
  numeric: boolean;
  /** One merged, centred cell over all answer columns: no answer (or no figures), not an answer column's value. */
  merged: boolean;
  /** The viewer's own organisation gave this answer. */
  own: boolean;
}

export interface RowView {
  row: TableRow;
  tags: string[];
  /** 'Uw antwoord: Mee bezig' in the rows of the viewer's own kind; null for everyone else. */
  ownText: string | null;
  cells: CellView[];
  chart: string | null;
}

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

function cellsOf(table: ActorTable, row: TableRow, ownCodes: readonly string[]): CellView[] {
  const span = table.columns.length;
  const all = (text: string): CellView[] => [{ text, colspan: span, chosen: false, numeric: false, merged: true, own: false }];
  const own = (i: number) => ownCodes.includes(row.cellCodes[i]!);
  if (row.suppressed) return all(suppressedText);
  if (row.n === 0) return all(table.single ? 'Geen antwoord' : 'Geen antwoorden');
  const text = (i: number): string => {
    if (table.single) return row.chosen?.code === row.cellCodes[i] ? row.cellLabels[i]! : '';
    const p = row.cells[i];
    return p === null || p === undefined ? '–' : row.isYesNo ? `${p}% ${row.cellLabels[i]}` : `${p}%`;
  };
  const chosen = (i: number) => table.single && row.chosen?.code === row.cellCodes[i];
  if (row.isYesNo) {
    // The report prints 'Ja' on the left half of the answer columns and 'Nee' on the right half.
    const left = Math.ceil(span / 2);
    return [0, 1].map((i) => ({ text: text(i), colspan: i === 0 ? left : span - left, chosen: chosen(i), numeric: !table.single, merged: false, own: own(i) }));
  }
  return row.cellCodes.map((_, i) => ({ text: text(i), colspan: 1, chosen: chosen(i), numeric: !table.single, merged: false, own: own(i) }));
}

/** The viewer's own answers (a participant that submitted); see domain/monitor/own.ts. */
export type OwnMarks = OwnAnswers | null | undefined;

export function rowView(table: ActorTable, row: TableRow, own?: OwnMarks): RowView {
  const mine = own && own.actorKind === table.actor ? own.answers[row.questionId] : undefined;
  const tags: string[] = [];
  if (row.behindSchedule) {
    tags.push(table.single || row.behindPercent === null ? 'Achter op planning' : `Achter op planning: ${row.behindPercent}% van de ${table.label.toLowerCase()}`);
  }
  if (row.agreementDiffers) tags.push('Antwoord verschilt van een andere partij');
  return {
    row,
    tags,
    ownText: mine ? `Uw antwoord: ${mine.text ?? 'geen antwoord'}` : null,
    cells: cellsOf(table, row, mine?.codes ?? []),
    chart: table.single || row.suppressed ? null : barFor(row.cellCodes, row.cellLabels, row.cells, row.counts, row.n),
  };
}

/** Legends for a table: its answer columns, and Ja/Nee when it has yes/no rows. */
export function legendsFor(table: ActorTable): string[] {
  if (table.single) return [];
  const out = [];
  if (table.rows.some((r) => !r.isYesNo)) out.push(legend(table.columns, palette(table.columnCodes.length, true)));
  if (table.hasYesNo) out.push(legend(['Ja', 'Nee'], palette(2, true), 'Legenda ja/nee'));
  return out;
}

/** Number statistics as the question type writes its values (€, %, whole numbers). */
export function formatStat(survey: Survey, questionId: string, value: number | null): string {
  if (value === null) return '–';
  const q = survey.questions.find((x) => x.id === questionId)!;
  return moduleFor(q.type).format(q, value);
}

export function informativeChart(stat: InformativeStat): string | null {
  if (!stat.options || stat.multiple || stat.suppressed) return null;
  return barFor(
    stat.options.map((o) => o.code), stat.options.map((o) => o.label), stat.options.map((o) => o.percent),
    stat.options.map((o) => o.count ?? 0), stat.n,
  );
}

/** A summary (benchmark, region) as a short text: 'Mee bezig 69%, …' or 'mediaan 40 (n = 12)'. */
export function summaryText(survey: Survey, questionId: string, s: Summary): string {
  if (s.suppressed) return suppressedText;
  if (s.n === 0) return 'Geen antwoorden';
  if (s.kind === 'options') return s.labels.map((l, i) => `${l} ${s.cells[i] === null ? '–' : `${s.cells[i]}%`}`).join(', ');
  if (s.kind === 'numbers') return `gemiddeld ${formatStat(survey, questionId, s.mean)}, mediaan ${formatStat(survey, questionId, s.median)}`;
  return `${s.n} antwoorden`;
}

export function summaryChart(s: Summary): string | null {
  if (s.kind !== 'options' || s.multiple || s.suppressed) return null;
  return barFor(s.codes, s.labels, s.cells, null, s.n);
}

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
