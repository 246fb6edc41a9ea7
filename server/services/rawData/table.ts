/** The table in an uploaded 'Ruwe data' file: the CSV, or the sheet of that name in a workbook. */
import { messages } from '../../messages.ts';
import { cellAddress, type Problem } from '../spreadsheet/problems.ts';
import { text, type Grid, type GridRow } from '../upload/grid.ts';
import { RAW_SHEET } from './codec.ts';
import type { CellSource } from './header.ts';

export interface Table {
  sheet: string | undefined;
  source: CellSource;
  /** Header texts by column (at most 16,384: Excel's last column). */
  headers: string[];
  /** Data rows with the cells that exist, by column. */
  rows: GridRow[];
}

export function tableOf(grid: Grid): Table | Problem {
  if (grid.source === 'csv') {
    const [first, ...data] = grid.sheets[0]?.rows ?? [];
    const headers: string[] = [];
    for (const c of first?.cells ?? []) headers[c.col - 1] = text(c);
    // A tab-separated file comes from Dutch Excel as well: decimal comma, like ';'.
    const source = grid.separator === ',' ? 'csv-comma' : 'csv-semicolon';
    return { sheet: undefined, source, headers: Array.from(headers, (h) => h ?? ''), rows: data };
  }
  const ws = grid.sheets.find((w) => w.name.trim().toLowerCase() === RAW_SHEET.toLowerCase());
  if (!ws) return { message: messages.bulkImport.missingRawSheet };
  const headers: string[] = [];
  for (const c of ws.rows.find((r) => r.row === 1)?.cells ?? []) headers[c.col - 1] = text(c);
  const rows = ws.rows.filter((r) => r.row > 1);
  for (const r of rows) {
    const formula = r.cells.find((c) => c.value !== null && typeof c.value === 'object' && 'formulaWithoutResult' in c.value);
    if (formula) return { sheet: ws.name, cell: cellAddress(formula.col, r.row), message: messages.upload.formulaIgnored };
  }
  return { sheet: ws.name, source: 'xlsx', headers: Array.from(headers, (h) => h ?? ''), rows };
}
