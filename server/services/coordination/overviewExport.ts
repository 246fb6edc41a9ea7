import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { formatDateTimeNl } from '../../presenters/format.ts';
import { responseStateLabels, type GroupRow } from '../../domain/responseRates.ts';
import type { ResponseOverview } from '../responseOverview.ts';
import { escapeCsvText, safeRow, stripControls } from '../exchange/escape.ts';

/** The columns of table 1.3, with the in-progress and not-started counts coordinators need. */
export const overviewHeader = ['Partij', 'Organisaties', 'Ingevulde vragenlijsten', 'Bezig', 'Niet gestart', 'Responspercentage', 'Aantal vragen'];

const tableRows = (o: ResponseOverview) =>
  [...o.rows, o.total].map((r) => [r.label, r.organisations, r.submitted, r.inProgress, r.notStarted, r.responsePercentage, r.questionCount]);

const filterText = (o: ResponseOverview) =>
  [o.filter.actorKind && `soort ${o.filter.actorKind}`, o.filter.province && `provincie ${o.filter.province}`, o.filter.region && `regio ${o.filter.region}`]
    .filter(Boolean).join(', ') || 'alle organisaties';

/** CSV for Dutch Excel: BOM, ';' between fields, decimal comma. */
export function overviewCsv(o: ResponseOverview): string {
  const rows = tableRows(o).map((r) => r.map((v) => (typeof v === 'number' ? v.toLocaleString('nl-NL', { useGrouping: false }) : escapeCsvText(stripControls(v ?? '')))));
  return stringify([overviewHeader, ...rows], { delimiter: ';', bom: true, record_delimiter: 'windows' });
}

export function notSubmittedCsv(o: ResponseOverview): string {
  // Names come from organisation imports: one starting with = + - @ must not run as a formula in Excel.
  const rows = o.notSubmitted.map((x) => [x.code, x.name, x.actorKind, x.provinceName ?? '', x.regionName ?? '', responseStateLabels[x.state], x.lastActivity ? formatDateTimeNl(x.lastActivity) : ''].map((v) => escapeCsvText(stripControls(v))));
  return stringify([['Code', 'Naam', 'Soort', 'Provincie', 'Jeugdregio', 'Stand', 'Laatste activiteit'], ...rows], { delimiter: ';', bom: true, record_delimiter: 'windows' });
}

function addTable(ws: ExcelJS.Worksheet, header: string[], rows: (string | number | null)[][], percentCol?: number) {
  const h = ws.addRow(header);
  h.font = { bold: true };
  // safeRow: a control character in an organisation name would make the whole .xlsx unreadable.
  for (const r of rows) ws.addRow(safeRow(r.map((v, i) => (i === percentCol && typeof v === 'number' ? v / 100 : v))));
  if (percentCol !== undefined) ws.getColumn(percentCol + 1).numFmt = '0.0%';
  ws.columns.forEach((c, i) => { c.width = i === 0 ? 36 : 18; });
  ws.views = [{ state: 'frozen', ySplit: ws.rowCount - rows.length }];
}

const groupRows = (g: GroupRow[]) => g.map((r) => [r.label, r.organisations, r.submitted, r.inProgress, r.notStarted, r.responsePercentage]);

export async function overviewWorkbook(o: ResponseOverview): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Afsprakenmonitor';
  const main = wb.addWorksheet('Respons');
  main.addRow([`Respons ${o.wave.title}`]).font = { bold: true, size: 14 };
  main.addRow([`Selectie: ${filterText(o)} · stand van ${formatDateTimeNl(o.generatedAt)}`]);
  main.addRow([]);
  addTable(main, overviewHeader, tableRows(o), 5);
  const groupHeader = ['', 'Organisaties', 'Ingevulde vragenlijsten', 'Bezig', 'Niet gestart', 'Responspercentage'];
  addTable(wb.addWorksheet('Per provincie'), ['Provincie', ...groupHeader.slice(1)], groupRows(o.byProvince), 5);
  addTable(wb.addWorksheet('Per jeugdregio'), ['Jeugdregio', ...groupHeader.slice(1)], groupRows(o.byRegion), 5);
  addTable(wb.addWorksheet('Niet ingediend'), ['Code', 'Naam', 'Soort', 'Provincie', 'Jeugdregio', 'Stand', 'Laatste activiteit'],
    o.notSubmitted.map((x) => [x.code, x.name, x.actorKind, x.provinceName, x.regionName, responseStateLabels[x.state], x.lastActivity ? formatDateTimeNl(x.lastActivity) : null]));
  addTable(wb.addWorksheet('Per dag'), ['Datum', 'Ingediend op deze dag', 'Ingediend totaal'], o.daily.map((d) => [d.date, d.submitted, d.cumulative]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
