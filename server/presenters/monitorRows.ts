import { legend, palette } from './svgBars.ts';
import type { OwnAnswers } from '../domain/monitor/own.ts';
import type { ActorTable, TableRow } from '../domain/monitor/types.ts';
import { barFor, suppressedText } from './monitorBars.ts';

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
    return [0, 1].map((i) => ({
      text: text(i), colspan: i === 0 ? left : span - left, chosen: chosen(i), numeric: !table.single, merged: false, own: own(i),
    }));
  }
  return row.cellCodes.map((_, i) => ({
    text: text(i), colspan: 1, chosen: chosen(i), numeric: !table.single, merged: false, own: own(i),
  }));
}

/** The viewer's own answers (a participant that submitted); see domain/monitor/own.ts. */
export type OwnMarks = OwnAnswers | null | undefined;

export function rowView(table: ActorTable, row: TableRow, own?: OwnMarks): RowView {
  const mine = own && own.actorKind === table.actor ? own.answers[row.questionId] : undefined;
  const tags: string[] = [];
  if (row.behindSchedule) {
    tags.push(table.single || row.behindPercent === null
      ? 'Achter op planning'
      : `Achter op planning: ${row.behindPercent}% van de ${table.label.toLowerCase()}`);
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

