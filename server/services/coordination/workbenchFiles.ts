import ExcelJS from 'exceljs';
import { responseStateLabels } from '../../domain/responseRates.ts';
import type { Services } from '../../context.ts';
import { amsterdamWallClock } from '../spreadsheet/cells.ts';
import { csvText, type CsvValue } from '../spreadsheet/csvWrite.ts';
import { safeRow } from '../spreadsheet/escape.ts';
import { autoFilterRow, DATE_TIME_FORMAT, frozenAt, styleHeaderRow } from '../spreadsheet/sheetStyle.ts';
import { workbenchRows, type WorkbenchFilter, type WorkbenchRow } from './workbench.ts';

/** The workbench's selection (every page, in its order) as CSV and Excel, contacts included. */
const header = [
  'code', 'naam', 'soort', 'provincie', 'jeugdregio', 'stand', 'verplichte vragen beantwoord', 'verplichte vragen totaal',
  'laatste activiteit', 'laatste herinnering', 'aantal herinneringen', 'extra tijd tot', 'contacten',
];

const when = (iso: string | null): Date | null => (iso ? amsterdamWallClock(iso) : null);

function cells(r: WorkbenchRow): CsvValue[] {
  return [
    r.code, r.name, r.actorKind, r.provinceName, r.regionName, responseStateLabels[r.state], r.answered, r.required,
    when(r.lastActivity), when(r.lastReminder), r.reminders, r.extendedTo, r.contacts.join(', '),
  ];
}

export async function workbenchCsv(s: Services, f: WorkbenchFilter): Promise<string> {
  // csvText escapes a text that starts like a formula (names come from organisation imports).
  return csvText(';', [header, ...(await workbenchRows(s, f)).map(cells)]);
}

export async function workbenchXlsx(s: Services, f: WorkbenchFilter): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Niet ingediend', frozenAt(1));
  styleHeaderRow(ws.addRow(header));
  // Texts are string cells (never formulas); safeRow removes characters XML cannot hold.
  for (const r of await workbenchRows(s, f)) ws.addRow(safeRow(cells(r)));
  for (const col of [9, 10]) ws.getColumn(col).numFmt = DATE_TIME_FORMAT;
  ws.columns.forEach((c, i) => { c.width = [10, 30, 12, 16, 24, 12, 10, 10, 17, 17, 10, 12, 50][i] ?? 12; });
  autoFilterRow(ws, 1, header.length);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
