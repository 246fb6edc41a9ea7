/**
 * The participant's dashboards as Excel, for its council: a sheet 'Overzicht' (who, when, which
 * selection, the overall picture) and one sheet per theme with the tables of its kind, its own answer
 * beside the distribution. Shares are unrounded and formatted as whole percentages, like the analyst
 * workbook; no internal question ids (this file is for readers, not for analysis).
 */
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { ActorTable, TableRow } from '../domain/monitor/types.ts';
import { answerColumns } from './analystWorkbook/monitorSheets.ts';
import type { OwnDashboards } from './ownDashboards.ts';
import { overview, WHOLE } from './ownDashboardsOverview.ts';
import { safeRow } from './spreadsheet/escape.ts';
import { themeSheetName } from './spreadsheet/sheetName.ts';
import { autoFilterRow, BEHIND_FILL, frozenAt, solid, styleHeaderRow } from './spreadsheet/sheetStyle.ts';

function tableRow(ws: Worksheet, answers: string[], withOwn: boolean, d: OwnDashboards, table: ActorTable, row: TableRow): void {
  const own = d.own?.actorKind === table.actor ? d.own.answers[row.questionId]?.text ?? 'Geen antwoord' : null;
  const lead = [table.label, row.text, row.planning, ...(withOwn ? [own] : [])];
  const r = ws.addRow(safeRow(lead));
  row.cellLabels.forEach((label, i) => {
    const cell = r.getCell(lead.length + 1 + answers.indexOf(label));
    if (table.single) cell.value = row.chosen?.label === label ? 'X' : null;
    else {
      const count = row.counts?.[i];
      cell.value = count === undefined || row.n === 0 ? null : count / row.n;
      cell.numFmt = WHOLE;
    }
  });
  const after = lead.length + answers.length + 1;
  r.getCell(after).value = table.single ? null : row.suppressed ? 'te weinig organisaties' : row.n;
  if (row.behindSchedule) {
    const behind = r.getCell(after + 1);
    behind.value = table.single || row.behindPercent === null ? 'Ja' : row.behindPercent / 100;
    if (typeof behind.value === 'number') behind.numFmt = WHOLE;
    behind.fill = solid(BEHIND_FILL);
  }
  r.alignment = { vertical: 'top', wrapText: true };
}

export async function ownDashboardsXlsx(d: OwnDashboards, caption: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  overview(wb, d, caption);
  const withOwn = d.own !== null;
  for (const theme of d.themes) {
    const answers = answerColumns(theme.tables);
    const lead = ['Partij', 'Afspraak', 'Planning HA/IP (indien bekend)', ...(withOwn ? ['Uw antwoord'] : [])];
    const headers = [...lead, ...answers, 'n', 'Achter op planning'];
    const ws = wb.addWorksheet(themeSheetName(theme), frozenAt(1));
    ws.columns = headers.map((h, i) => ({ header: h, width: i === 1 ? 70 : i === 0 ? 18 : 14 }));
    styleHeaderRow(ws.getRow(1));
    autoFilterRow(ws, 1, headers.length);
    for (const t of theme.tables) for (const row of t.rows) tableRow(ws, answers, withOwn, d, t, row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
