/** The 'Respons' sheet: table 1.3 of the report, then the response per province and per region. */
import type { Row, Workbook } from 'exceljs';
import { formatDateTimeNl } from '../../presenters/format.ts';
import { groupTableHeader, groupTableRows, PERCENT_COLUMN, responseTableHeader, responseTableRows } from '../coordination/responseTable.ts';
import type { ResponseFigures } from '../responseFigures.ts';
import { safeRow } from '../spreadsheet/escape.ts';
import { frozenAt, PERCENT_FORMAT, styleHeaderRow } from '../spreadsheet/sheetStyle.ts';

export function writeResponseSheet(wb: Workbook, overview: ResponseFigures, selection: string, note?: string): void {
  const ws = wb.addWorksheet('Respons', frozenAt(5, 1));
  ws.columns = [{ width: 34 }, { width: 18 }, { width: 12 }, { width: 12 }, { width: 14 }, { width: 12 }, { width: 16 }];
  const add = (values: unknown[], style?: (r: Row) => void) => {
    const r = ws.addRow(safeRow(values));
    style?.(r);
    r.commit();
  };
  const percent = (r: Row) => { r.getCell(PERCENT_COLUMN + 1).numFmt = PERCENT_FORMAT; };
  add([`Respons ${overview.wave.title}`], (r) => { r.font = { bold: true, size: 14 }; });
  add([`Selectie: ${selection}`]);
  add([`Gemaakt op ${formatDateTimeNl(overview.generatedAt)}${note ? `. ${note}` : ''}`]);
  add([]);
  add([...responseTableHeader], styleHeaderRow);
  const rows = responseTableRows(overview, 'fraction');
  rows.forEach((values, i) => add(values, (r) => {
    percent(r);
    if (i === rows.length - 1) r.font = { bold: true }; // the total
  }));
  for (const [title, groups] of [['Provincie', overview.byProvince], ['Jeugdregio', overview.byRegion]] as const) {
    if (groups.length === 0) continue;
    add([]);
    add(groupTableHeader(title), styleHeaderRow);
    for (const values of groupTableRows(groups, 'fraction')) add(values, percent);
  }
  ws.commit();
}
