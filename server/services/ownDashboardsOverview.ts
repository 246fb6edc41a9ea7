// The 'Overzicht' sheet of the participant's dashboards workbook (ownDashboardsWorkbook.ts).
import type ExcelJS from 'exceljs';
import { formatDateNl } from '../presenters/format.ts';
import type { OwnDashboards } from './ownDashboards.ts';
import { safeRow } from './spreadsheet/escape.ts';
import { styleHeaderRow } from './spreadsheet/sheetStyle.ts';

/** Shares are unrounded, shown as whole percentages. */
export const WHOLE = '0%';
const pictureHeaders = [
  'Partij', 'Thema', 'Afspraken of antwoorden', 'Afgerond', 'Mee bezig', 'Nog niet begonnen', 'Geen antwoord', 'Achter op planning',
];

/** The sheet 'Overzicht': who, when, which selection, and the overall picture. */
export function overview(wb: ExcelJS.Workbook, d: OwnDashboards, caption: string): void {
  const ws = wb.addWorksheet('Overzicht');
  ws.columns = [{ width: 22 }, { width: 40 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 14 }, { width: 12 }, { width: 14 }];
  const lines: [string, string][] = [
    ['Monitor', d.tables.title], ['Organisatie', d.organisation?.name ?? 'Alle organisaties'],
    ['Peildatum', formatDateNl(d.tables.referenceDate)], ['Cijfers', caption],
  ];
  for (const [k, v] of lines) ws.addRow(safeRow([k, v])).getCell(1).font = { bold: true };
  ws.addRow([]);
  styleHeaderRow(ws.addRow(pictureHeaders));
  for (const p of d.picture) {
    for (const t of [...p.themes, { ...p.total, number: '', title: 'Totaal' }]) {
      const values = [t.done, t.inProgress, t.notStarted, t.unanswered, t.behind];
      // A single party's agreements are counted; for gemeenten and regio's the share of their answers.
      const cells = p.single ? values : values.map((v) => (t.units ? v / t.units : null));
      const r = ws.addRow(safeRow([p.label, `${t.number} ${t.title}`.trim(), t.units, ...cells]));
      if (!p.single) for (let c = 4; c <= 8; c++) r.getCell(c).numFmt = WHOLE;
    }
  }
}
