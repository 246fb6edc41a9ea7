/** The rows of a monitor sheet: a table row per question and party; the block 'Overige vragen' is in informativeRows.ts. */
import type { Worksheet } from 'exceljs';
import type { ActorTable, TableRow } from '../../domain/monitor/types.ts';
import { safeRow } from '../spreadsheet/escape.ts';
import { BEHIND_FILL, solid } from '../spreadsheet/sheetStyle.ts';
import { ONE_DECIMAL_PERCENT, SUPPRESSED, WHOLE_PERCENT } from './sheetTexts.ts';

export { addInformative } from './informativeRows.ts';

/** The columns of one theme sheet. */
export interface Layout {
  beleving: boolean;
  answers: string[];
  headers: string[];
  first: number; // 1-based column of the first answer column
  firstPrecise: number; // 1-based column of the first one-decimal answer column
  tail: number; // 1-based column of 'Antwoord' (then n, Achter op planning)
}

export function addTableRow(
  ws: Worksheet, l: Layout, table: ActorTable, row: TableRow, themeTitles: Map<string, string>,
): void {
  const lead = l.beleving
    ? [table.label, row.questionId, row.text, row.themeRef ? themeTitles.get(row.themeRef) ?? row.themeRef : null]
    : [table.label, row.questionId, row.text, row.planning, row.isYesNo ? 'X' : null];
  const r = ws.addRow(safeRow(lead));
  row.cellLabels.forEach((label, i) => {
    const cell = r.getCell(l.first + l.answers.indexOf(label));
    if (table.single) {
      cell.value = row.chosen?.label === label ? 'X' : null;
      cell.alignment = { horizontal: 'center' };
    } else {
      // The unrounded share, shown as a whole percentage like the report: sums in Excel come out right.
      const count = row.counts?.[i];
      cell.value = count === undefined || row.n === 0 ? null : count / row.n;
      cell.numFmt = WHOLE_PERCENT;
      const precise = r.getCell(l.firstPrecise + l.answers.indexOf(label));
      precise.value = cell.value;
      precise.numFmt = ONE_DECIMAL_PERCENT;
    }
  });
  const after = l.tail;
  r.getCell(after).value = row.suppressed ? SUPPRESSED : table.single ? row.chosen?.label ?? null : null;
  r.getCell(after + 1).value = row.n;
  if (!l.beleving && row.behindSchedule) {
    const behind = r.getCell(after + 2);
    behind.value = table.single || row.behindPercent === null ? 'Ja' : row.behindPercent / 100;
    if (typeof behind.value === 'number') behind.numFmt = WHOLE_PERCENT;
    behind.fill = solid(BEHIND_FILL);
    behind.font = { bold: true };
    r.getCell(3).fill = solid(BEHIND_FILL);
  }
  r.alignment = { vertical: 'top', wrapText: true };
  r.commit();
}
