/** The response overview's downloads: table 1.3 as CSV, the non-submitted list as CSV, and a workbook with both and more. */
import ExcelJS from 'exceljs';
import { formatDateTimeNl } from '../../presenters/format.ts';
import { responseStateLabels } from '../../domain/responseRates.ts';
import type { ResponseOverview } from '../responseOverview.ts';
import { csvText } from '../spreadsheet/csvWrite.ts';
import { safeRow } from '../spreadsheet/escape.ts';
import { PERCENT_FORMAT } from '../spreadsheet/sheetStyle.ts';
import { groupTableHeader, groupTableRows, PERCENT_COLUMN, responseTableHeader, responseTableRows } from './responseTable.ts';

const filterText = ({ filter: f }: ResponseOverview) =>
  [f.actorKind && `soort ${f.actorKind}`, f.province && `provincie ${f.province}`, f.region && `regio ${f.region}`]
    .filter(Boolean).join(', ') || 'alle organisaties';

/** CSV for Dutch Excel: BOM, ';' between fields, decimal comma. */
export function overviewCsv(o: ResponseOverview): string {
  return csvText(';', [[...responseTableHeader], ...responseTableRows(o, 'percentage')]);
}

const notSubmittedHeader = ['Code', 'Naam', 'Soort', 'Provincie', 'Jeugdregio', 'Stand', 'Laatste activiteit'];

const notSubmittedRows = (o: ResponseOverview) =>
  o.notSubmitted.map((x) => [
    x.code, x.name, x.actorKind, x.provinceName, x.regionName, responseStateLabels[x.state],
    x.lastActivity ? formatDateTimeNl(x.lastActivity) : null,
  ]);

export function notSubmittedCsv(o: ResponseOverview): string {
  // Names come from organisation imports: csvText escapes one starting with = + - @ (no formula in Excel).
  return csvText(';', [notSubmittedHeader, ...notSubmittedRows(o)]);
}

/** `rows` with any percentage already a fraction (0.125), shown as '12.5%'. */
function addTable(ws: ExcelJS.Worksheet, header: string[], rows: (string | number | null)[][], percentCol?: number) {
  const h = ws.addRow(header);
  h.font = { bold: true };
  // safeRow: a control character in an organisation name would make the whole .xlsx unreadable.
  for (const r of rows) ws.addRow(safeRow(r));
  if (percentCol !== undefined) ws.getColumn(percentCol + 1).numFmt = PERCENT_FORMAT;
  ws.columns.forEach((c, i) => { c.width = i === 0 ? 36 : 18; });
  ws.views = [{ state: 'frozen', ySplit: ws.rowCount - rows.length }];
}

export async function overviewWorkbook(o: ResponseOverview): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Afsprakenmonitor';
  const main = wb.addWorksheet('Respons');
  main.addRow([`Respons ${o.wave.title}`]).font = { bold: true, size: 14 };
  main.addRow([`Selectie: ${filterText(o)} · stand van ${formatDateTimeNl(o.generatedAt)}`]);
  main.addRow([]);
  addTable(main, [...responseTableHeader], responseTableRows(o, 'fraction'), PERCENT_COLUMN);
  const drillDowns = [['Per provincie', 'Provincie', o.byProvince], ['Per jeugdregio', 'Jeugdregio', o.byRegion]] as const;
  for (const [name, first, groups] of drillDowns) {
    addTable(wb.addWorksheet(name), groupTableHeader(first), groupTableRows(groups, 'fraction'), PERCENT_COLUMN);
  }
  addTable(wb.addWorksheet('Niet ingediend'), notSubmittedHeader, notSubmittedRows(o));
  const days = o.daily.map((d) => [d.date, d.submitted, d.cumulative]);
  addTable(wb.addWorksheet('Per dag'), ['Datum', 'Ingediend op deze dag', 'Ingediend totaal'], days);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
