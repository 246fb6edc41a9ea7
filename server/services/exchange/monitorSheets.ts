/**
 * One sheet per theme with the monitor tables as the report lays them out, and a sheet 'Beleving'.
 * Each actor's table becomes a block of rows with the party in the first column, so the frozen
 * header row and the autofilter work over all of them.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ActorTable, InformativeStat, TableRow, ThemeTables } from '../../domain/monitor/types.ts';
import type { Services } from '../../context.ts';
import { buildWaveTables } from '../monitorTables.ts';
import { safeRow } from './escape.ts';
import type { ExchangeFilter } from './filter.ts';
import { themeSheetName } from './offlineLayout.ts';
import { autoFilterRow, BEHIND_FILL, frozenAt, PERCENT_FORMAT, solid, styleHeaderRow } from './sheetStyle.ts';

const WHOLE_PERCENT = '0%';
const SUPPRESSED = `te weinig organisaties`;

export const isBelevingTheme = (t: ThemeTables): boolean => t.tables.length > 0 && t.tables.every((x) => x.kind === 'beleving');
export const monitorSheetName = (t: ThemeTables): string => (isBelevingTheme(t) ? 'Beleving' : themeSheetName(t));

/** Answer columns of a theme: each table's columns, then Ja/Nee when some row is a yes/no question. */
function answerColumns(tables: ActorTable[]): string[] {
  const out: string[] = [];
  for (const t of tables) for (const c of t.columns) if (!out.includes(c)) out.push(c);
  for (const t of tables) for (const r of t.rows) if (r.isYesNo) for (const c of r.cellLabels) if (!out.includes(c)) out.push(c);
  return out;
}

interface Layout {
  beleving: boolean;
  answers: string[];
  headers: string[];
  first: number; // 1-based column of the first answer column
}

function layoutOf(theme: ThemeTables, tables: ActorTable[]): Layout {
  const beleving = isBelevingTheme(theme);
  const answers = answerColumns(tables);
  const lead = beleving ? ['Partij', 'Vraag-id', 'Stelling', 'Over thema'] : ['Partij', 'Vraag-id', 'Afspraak', 'Planning HA/IP (indien bekend)', 'Ja/Nee vraag'];
  const tail = beleving ? ['Antwoord', 'n'] : ['Antwoord', 'n', 'Achter op planning'];
  return { beleving, answers, headers: [...lead, ...answers, ...tail], first: lead.length + 1 };
}

function addTableRow(ws: Worksheet, l: Layout, table: ActorTable, row: TableRow, themeTitles: Map<string, string>): void {
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
      const p = row.cells[i];
      cell.value = p === null || p === undefined ? null : p / 100;
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

const informativeHeaders = ['Partij', 'Vraag-id', 'Vraag', 'Antwoord', 'Percentage', 'Aantal', 'n'];

function addInformative(ws: Worksheet, stats: InformativeStat[]): void {
  ws.addRow([]).commit();
  const title = ws.addRow(['Overige vragen']);
  title.font = { bold: true };
  title.commit();
  const header = ws.addRow(informativeHeaders);
  styleHeaderRow(header);
  header.commit();
  for (const st of stats) {
    const add = (answer: string, percent: number | null, count: number | null) => {
      const r = ws.addRow(safeRow([st.actorLabel, st.questionId, st.text, answer, percent === null ? null : percent / 100, count, st.n]));
      r.getCell(5).numFmt = PERCENT_FORMAT;
      r.alignment = { vertical: 'top', wrapText: true };
      r.commit();
    };
    if (st.suppressed) add(SUPPRESSED, null, null);
    else if (st.options) for (const o of st.options) add(o.label, o.percent, o.count);
    else if (st.numbers) {
      const unit = st.numbers.unit ? ` (${st.numbers.unit})` : '';
      for (const [label, v] of [['Gemiddelde', st.numbers.mean], ['Mediaan', st.numbers.median], ['Laagste', st.numbers.min], ['Hoogste', st.numbers.max]] as const) {
        add(`${label}${unit}`, null, v);
      }
    }
  }
}

function writeThemeSheet(wb: Workbook, theme: ThemeTables, actorKind: string | undefined, themeTitles: Map<string, string>): void {
  const tables = theme.tables.filter((t) => !actorKind || t.actor === actorKind);
  const stats = theme.informative.filter((st) => !actorKind || st.actor === actorKind);
  if (tables.length === 0 && stats.length === 0) return;
  const l = layoutOf(theme, tables);
  const ws = wb.addWorksheet(monitorSheetName(theme), frozenAt(1));
  ws.columns = l.headers.map((h, i) => ({ header: h, width: i === 2 ? 70 : i === 0 ? 18 : i === 1 ? 28 : 14 }));
  styleHeaderRow(ws.getRow(1));
  autoFilterRow(ws, 1, l.headers.length);
  ws.getRow(1).commit();
  for (const t of tables) for (const row of t.rows) addTableRow(ws, l, t, row, themeTitles);
  if (stats.length) addInformative(ws, stats);
  ws.commit();
}

export async function writeMonitorSheets(wb: Workbook, s: Services, waveId: string, filter: ExchangeFilter): Promise<void> {
  const { actorKind, ...segment } = filter;
  const tables = await buildWaveTables(s, waveId, segment);
  const themeTitles = new Map(tables.themes.map((t) => [t.id, `${t.number} ${t.title}`]));
  for (const theme of tables.themes) writeThemeSheet(wb, theme, actorKind, themeTitles);
}
