/** The 'Respons' sheet: table 1.3 of the report, then the response per province and per region. */
import type { Workbook } from 'exceljs';
import type { ResponseOverview } from '../responseOverview.ts';
import { formatDateTimeNl } from '../../presenters/format.ts';
import { safeRow } from './escape.ts';
import { frozenAt, PERCENT_FORMAT, styleHeaderRow } from './sheetStyle.ts';

const countHeaders = ['Aantal organisaties', 'Ingediend', 'Bezig', 'Niet gestart', 'Respons'];

export function writeResponseSheet(wb: Workbook, overview: ResponseOverview, selection: string, note?: string): void {
  const ws = wb.addWorksheet('Respons', frozenAt(5, 1));
  ws.columns = [{ width: 34 }, { width: 18 }, { width: 12 }, { width: 12 }, { width: 14 }, { width: 12 }, { width: 16 }];
  const add = (values: unknown[], style?: (r: ReturnType<typeof ws.addRow>) => void) => {
    const r = ws.addRow(safeRow(values));
    style?.(r);
    r.commit();
  };
  add([`Respons ${overview.wave.title}`], (r) => { r.font = { bold: true, size: 14 }; });
  add([`Selectie: ${selection}`]);
  add([`Gemaakt op ${formatDateTimeNl(overview.generatedAt)}${note ? `. ${note}` : ''}`]);
  add([]);
  add(['Partij', ...countHeaders, 'Aantal vragen'], styleHeaderRow);
  const counts = (c: { organisations: number; submitted: number; inProgress: number; notStarted: number; responsePercentage: number }) =>
    [c.organisations, c.submitted, c.inProgress, c.notStarted, c.responsePercentage / 100];
  const percent = (r: ReturnType<typeof ws.addRow>) => { r.getCell(6).numFmt = PERCENT_FORMAT; };
  for (const row of overview.rows) add([row.label, ...counts(row), row.questionCount], percent);
  add([overview.total.label, ...counts(overview.total), null], (r) => { percent(r); r.font = { bold: true }; });
  for (const [title, groups] of [['Provincie', overview.byProvince], ['Jeugdregio', overview.byRegion]] as const) {
    if (groups.length === 0) continue;
    add([]);
    add([title, ...countHeaders], styleHeaderRow);
    for (const g of groups) add([g.label, ...counts(g)], percent);
  }
  ws.commit();
}
