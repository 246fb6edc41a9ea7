/** One data row of a 'Ruwe data' file: its organisation code, field inputs and 'Ingediend op'. */
import { messages } from '../../messages.ts';
import type { Field } from '../../survey/model.ts';
import { fromAmsterdamWallClock, isBlank, parseWallClockText, type PlainCell } from '../spreadsheet/cells.ts';
import { cellAddress, type Problem } from '../spreadsheet/problems.ts';
import type { GridRow } from '../upload/grid.ts';
import { cellInput, type RawHeader } from './header.ts';
import type { Table } from './table.ts';

export interface ImportRow {
  /** Row number as the spreadsheet shows it. */
  row: number;
  code: string;
  codeCell: string;
  /** Field id → value for parseCell (null = empty cell). */
  input: Record<string, unknown>;
  /** Field id → cell address, for reporting. */
  cells: Record<string, string>;
  /** 'Ingediend op' of the file (ISO, UTC), null when empty: the submission time an import keeps. */
  submittedAt: string | null;
}

/** 'Ingediend op': a workbook's date cell (Amsterdam wall clock) or a CSV's text, as an instant. */
function submittedAtOf(v: PlainCell): string | null | 'invalid' {
  if (isBlank(v)) return null;
  const wall = v instanceof Date ? v : typeof v === 'string' ? parseWallClockText(v) : null;
  return wall && !Number.isNaN(wall.getTime()) ? fromAmsterdamWallClock(wall) : 'invalid';
}

/** Where the columns are, found once in the header. */
export interface RowLayout {
  sheet: string | undefined;
  source: Table['source'];
  columns: RawHeader['columns'];
  codeIndex: number;
  submittedIndex: number;
  fields: { i: number; field: Field }[];
}

/** The row, or null when it is blank; problems found in it are added to `problems`. */
export function importRowOf(r: GridRow, layout: RowLayout, problems: Problem[]): ImportRow | null {
  const { sheet, codeIndex, submittedIndex, fields } = layout;
  const row = r.row;
  const cells = new Map(r.cells.map((c) => [c.col - 1, c.value as PlainCell]));
  if ([...cells.values()].every(isBlank)) return null;
  for (const [i, v] of cells) {
    if (layout.columns[i] || isBlank(v)) continue;
    problems.push({ sheet, cell: cellAddress(i + 1, row), message: messages.bulkImport.cellWithoutHeader });
  }
  const code = String(cells.get(codeIndex) ?? '').trim().toUpperCase();
  const codeCell = cellAddress(codeIndex + 1, row);
  const input: Record<string, unknown> = {};
  const at: Record<string, string> = {};
  for (const { i, field } of fields) {
    input[field.id] = cellInput(field, cells.get(i) ?? null, layout.source);
    at[field.id] = cellAddress(i + 1, row);
  }
  const submittedAt = submittedAtOf(cells.get(submittedIndex) ?? null);
  if (submittedAt === 'invalid') {
    const message = messages.bulkImport.badSubmittedAt(String(cells.get(submittedIndex)));
    problems.push({ sheet, row, cell: cellAddress(submittedIndex + 1, row), message });
  }
  return { row, code, codeCell, input, cells: at, submittedAt: submittedAt === 'invalid' ? null : submittedAt };
}
