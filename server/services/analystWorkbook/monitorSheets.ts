/**
 * One sheet per theme with the monitor tables as the report lays them out, and a sheet 'Beleving'.
 * Each actor's table becomes a block of rows with the party in the first column, so the frozen
 * header row and the autofilter work over all of them.
 */
import type { Workbook } from 'exceljs';
import type { ActorTable, ThemeTables, WaveTables } from '../../domain/monitor/types.ts';
import { themeSheetName } from '../spreadsheet/sheetName.ts';
import { autoFilterRow, frozenAt, styleHeaderRow } from '../spreadsheet/sheetStyle.ts';
import { addInformative, addTableRow, type Layout } from './monitorRows.ts';
import { ONE_DECIMAL_SUFFIX } from './sheetTexts.ts';

export const isBelevingTheme = (t: ThemeTables): boolean => t.tables.length > 0 && t.tables.every((x) => x.role === 'experience');
export const monitorSheetName = (t: ThemeTables): string => (isBelevingTheme(t) ? 'Beleving' : themeSheetName(t));

/** Answer columns of a theme: each table's columns, then Ja/Nee when some row is a yes/no question. */
export function answerColumns(tables: ActorTable[]): string[] {
  const out: string[] = [];
  for (const t of tables) for (const c of t.columns) if (!out.includes(c)) out.push(c);
  for (const t of tables) for (const r of t.rows) if (r.isYesNo) for (const c of r.cellLabels) if (!out.includes(c)) out.push(c);
  return out;
}

function layoutOf(theme: ThemeTables, tables: ActorTable[]): Layout {
  const beleving = isBelevingTheme(theme);
  const answers = answerColumns(tables);
  const lead = beleving
    ? ['Partij', 'Vraag-id', 'Stelling', 'Over thema']
    : ['Partij', 'Vraag-id', 'Afspraak', 'Planning HA/IP (indien bekend)', 'Ja/Nee vraag'];
  const tail = beleving ? ['Antwoord', 'n'] : ['Antwoord', 'n', 'Achter op planning'];
  // The same shares again with one decimal (the report's prose prints 3,2% and 17,3%), after the whole ones.
  const precise = answers.map((a) => `${a} ${ONE_DECIMAL_SUFFIX}`);
  return {
    beleving, answers, headers: [...lead, ...answers, ...precise, ...tail], first: lead.length + 1,
    firstPrecise: lead.length + answers.length + 1, tail: lead.length + 2 * answers.length + 1,
  };
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

/** The theme sheets of the wave's tables (built under the selection's segment), narrowed to its actor kind. */
export function writeMonitorSheets(wb: Workbook, tables: WaveTables, actorKind: string | undefined): void {
  const themeTitles = new Map(tables.themes.map((t) => [t.id, `${t.number} ${t.title}`]));
  for (const theme of tables.themes) writeThemeSheet(wb, theme, actorKind, themeTitles);
}
