/**
 * An uploaded table as plain data: only the cells that exist, so a cell at XFD1 or ZZ20000 costs
 * one entry, not its coordinates. This is what the parse worker hands back (structured clone).
 */
import type { PlainCell } from '../spreadsheet/cells.ts';
import { cellAddress } from '../spreadsheet/problems.ts';

export type GridValue = PlainCell | { formulaWithoutResult: true };

export interface GridCell {
  col: number;
  value: GridValue;
  /** Excel number format, when the cell has one (a '%' format turns 0.45 into 45). */
  numFmt?: string;
}

export interface GridRow {
  /** Row number as the spreadsheet shows it. */
  row: number;
  /** Ordered by column. */
  cells: GridCell[];
}

export interface GridSheet {
  name: string;
  rows: GridRow[];
}

export interface Grid {
  source: 'xlsx' | 'csv';
  /** CSV only: the separator found in the first line. */
  separator?: ';' | ',' | '\t';
  sheets: GridSheet[];
}

/** One cell of a sheet, found by column; absent cells are empty. */
export interface LocatedCell {
  address: string;
  value: GridValue;
  numFmt: string | undefined;
}

/** Cells of one row by column, in time proportional to the cells that exist. */
export function cellsOf(row: GridRow | undefined, rowNumber: number): (col: number) => LocatedCell {
  const byCol = new Map((row?.cells ?? []).map((c) => [c.col, c]));
  return (col) => {
    const c = byCol.get(col);
    return { address: cellAddress(col, rowNumber), value: c?.value ?? null, numFmt: c?.numFmt };
  };
}

/** A header or key cell as trimmed text. */
export function text(c: { value: GridValue }): string {
  const v = c.value;
  if (v === null || typeof v === 'object') return v instanceof Date ? v.toISOString() : '';
  return String(v).trim();
}

export const sheetNamed = (grid: Grid, name: string): GridSheet | undefined => grid.sheets.find((s) => s.name === name);
