/** The input cells of the offline questionnaire, and the rows of a question with more answers: one per option, to mark with 'Ja'. */
import type ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { OptionDef } from '../../questions/index.ts';
import type { Question } from '../../survey/schema.ts';
import { CLOSED_FILL, INPUT_FILL, solid } from '../spreadsheet/sheetStyle.ts';
import { col } from './layout.ts';

/** A yellow cell to fill in, or a grey locked one. */
export function inputCell(ws: Worksheet, row: number, column: number, open: boolean): ExcelJS.Cell {
  const cell = ws.getCell(row, column);
  cell.fill = solid(open ? INPUT_FILL : CLOSED_FILL);
  cell.protection = { locked: !open };
  cell.alignment = { vertical: 'top', wrapText: true };
  return cell;
}

export function addOptionRows(ws: Worksheet, q: Question, options: OptionDef[], value: unknown): void {
  const chosen = Array.isArray(value) ? value : [];
  for (const o of options) {
    const optionRow = ws.addRow([]);
    optionRow.getCell(col('id')).value = q.id;
    optionRow.getCell(col('option')).value = o.code;
    optionRow.getCell(col('question')).value = `   – ${o.label}`;
    const cell = inputCell(ws, optionRow.number, col('answer'), true);
    cell.value = chosen.includes(o.code) ? 'Ja' : null;
    cell.dataValidation = {
      type: 'list', allowBlank: true, formulae: ['"Ja,Nee"'], showErrorMessage: true, error: 'Kies Ja of laat leeg.',
    };
    for (const key of ['anders', 'toelichting'] as const) inputCell(ws, optionRow.number, col(key), false);
  }
}
