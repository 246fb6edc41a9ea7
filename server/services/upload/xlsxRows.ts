/** One worksheet's rows as a Grid's rows, counted against the budget cell by cell. */
import ExcelJS from 'exceljs';
import { plainCell } from '../spreadsheet/cells.ts';
import type { GridCell, GridRow } from './grid.ts';
import { OverBudgetError, type Budget, type CellMode } from './parseBudget.ts';

function gridCell(cell: ExcelJS.Cell, mode: CellMode): GridCell | null {
  if (mode === 'text') {
    const text = cell.text.trim();
    return text ? { col: Number(cell.col), value: text } : null;
  }
  const value = plainCell(cell.value);
  if (value === null) return null;
  const numFmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  return numFmt ? { col: Number(cell.col), value, numFmt } : { col: Number(cell.col), value };
}

export async function readRows(
  ws: ExcelJS.stream.xlsx.WorksheetReader, budget: Budget, mode: CellMode, count: { rows: number; cells: number },
): Promise<GridRow[]> {
  const rows: GridRow[] = [];
  for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
    if (++count.rows > budget.maxRows) throw new OverBudgetError();
    const out: GridRow = { row: row.number, cells: [] };
    // Only the cells present in the XML, empty ones included (they cost parsing too). forEach skips
    // the holes of exceljs's sparse array, so XFD1 is one step, where eachCell({includeEmpty}) would be 16,384.
    (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells.forEach((cell) => {
      if (++count.cells > budget.maxCells) throw new OverBudgetError();
      const c = cell && gridCell(cell, mode);
      if (c) out.cells.push(c);
    });
    if (out.cells.length) rows.push(out);
  }
  return rows;
}
