/** The rows of a monitor sheet: a table row per question and party, and the block 'Overige vragen'. */
import type { Worksheet } from 'exceljs';
import type { ActorTable, InformativeStat, TableRow } from '../../domain/monitor/types.ts';
import { safeRow } from '../spreadsheet/escape.ts';
import { moduleFor } from '../../questions/index.ts';
import { BEHIND_FILL, solid, styleHeaderRow } from '../spreadsheet/sheetStyle.ts';

const WHOLE_PERCENT = '0%';
const SUPPRESSED = `te weinig organisaties`;

/** The columns of one theme sheet. */
export interface Layout {
  beleving: boolean;
  answers: string[];
  headers: string[];
  first: number; // 1-based column of the first answer column
}

export function addTableRow(ws: Worksheet, l: Layout, table: ActorTable, row: TableRow, themeTitles: Map<string, string>): void {
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
    }
  });
  const after = l.first + l.answers.length;
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

/** 'n' is the base of the percentage: for a follow-up all respondents of the question it follows. */
const informativeHeaders = ['Partij', 'Vraag-id', 'Vraag', 'Antwoord', 'Percentage', 'Aantal', 'n'];

/**
 * The block 'Overige vragen', on the base of the pages, the API and the report: a follow-up's
 * percentages are of all respondents of the question it follows (23% of 308, not 27% of 259).
 * Percentages are unrounded shares formatted as whole percentages; statistics as their type writes them.
 */
export function addInformative(ws: Worksheet, stats: InformativeStat[]): void {
  ws.addRow([]).commit();
  const title = ws.addRow(['Overige vragen']);
  title.font = { bold: true };
  title.commit();
  const header = ws.addRow(informativeHeaders);
  styleHeaderRow(header);
  header.commit();
  for (const st of stats) {
    const base = st.baseN ?? st.n;
    const add = (answer: string, share: number | null, count: number | null, countFormat?: string, n = base) => {
      const r = ws.addRow(safeRow([st.actorLabel, st.questionId, st.text, answer, share, count, n]));
      r.getCell(5).numFmt = WHOLE_PERCENT;
      if (countFormat) r.getCell(6).numFmt = countFormat;
      r.alignment = { vertical: 'top', wrapText: true };
      r.commit();
    };
    if (st.suppressed) add(SUPPRESSED, null, null);
    else if (st.options) for (const o of st.options) add(o.label, o.count === null || base === 0 ? null : o.count / base, o.count);
    else if (st.numbers) {
      const unit = st.numbers.unit ? ` (${st.numbers.unit})` : '';
      const n = st.numbers;
      const format = moduleFor(st.type).statFormat;
      for (const [label, v] of [['Gemiddelde', n.mean], ['Mediaan', n.median], ['Laagste', n.min], ['Hoogste', n.max]] as const) {
        add(`${label}${unit}`, null, v, format, st.n); // statistics over those who gave a number
      }
    }
  }
}
