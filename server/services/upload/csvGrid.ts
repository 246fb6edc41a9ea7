/** A CSV upload as a Grid of one sheet, through the platform's one CSV reader. Runs in the parse worker. */
import { messages } from '../../messages.ts';
import { decodeText, readCsv } from '../spreadsheet/csvRead.ts';
import type { Grid, GridRow } from './grid.ts';
import { OverBudgetError, type Budget } from './parseBudget.ts';

export type CsvGrid = Grid | { message: string };

export function readCsvGrid(buf: Buffer, budget: Budget): CsvGrid {
  const text = decodeText(buf);
  if (text === null) return { message: messages.upload.notWorkbookOrCsv };
  const read = readCsv(text, budget);
  if (!read.ok) {
    if (read.tooBig) throw new OverBudgetError();
    return { message: read.message };
  }
  const rows: GridRow[] = read.rows.map((cells, i) => ({
    row: i + 1,
    cells: cells.map((value, c) => ({ col: c + 1, value })),
  }));
  return { source: 'csv', separator: read.separator, sheets: [{ name: '', rows }] };
}
