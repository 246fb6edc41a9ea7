/** Reads an uploaded offline questionnaire back into field inputs, with a problem per bad cell. */
import { questionsFor, themesFor } from '../../survey/model.ts';
import type { Survey } from '../../survey/schema.ts';
import { cellsOf, sheetNamed, text, type Grid } from '../upload/grid.ts';
import { readUpload } from '../upload/readUpload.ts';
import { META_SHEET, OFFLINE_FORMAT, themeSheetName } from './offlineLayout.ts';
import { readThemeSheet, type CellRef } from './offlineThemeSheet.ts';

export type { CellRef } from './offlineThemeSheet.ts';
import type { Problem } from './problems.ts';
import { texts } from './texts.ts';

export interface OfflineUpload {
  baseVersion: number;
  /** Field id → value for parseCell (null = empty cell: clears the answer). */
  input: Record<string, unknown>;
  cells: Record<string, CellRef>;
  problems: Problem[];
  /** Set when the file was refused as a whole: 413 too big, 422 not readable, 503 busy. */
  status?: number;
}

export interface Expected {
  waveId: string;
  orgCode: string;
  survey: Survey;
  actor: string;
}

/** An upload refused as a whole (not a workbook, too big): the status to answer with. */
const fail = (message: string, status = 422): OfflineUpload => ({ baseVersion: 0, input: {}, cells: {}, problems: [{ message }], status });

function readMeta(grid: Grid): Record<string, string> | null {
  const ws = sheetNamed(grid, META_SHEET);
  if (!ws) return null;
  const meta: Record<string, string> = {};
  for (const row of ws.rows) {
    const cell = cellsOf(row, row.row);
    meta[text(cell(1))] = text(cell(2));
  }
  return meta.formaat === OFFLINE_FORMAT ? meta : null;
}

const kindTexts = { wrongType: texts.notWorkbook, oldExcel: texts.oldExcel, broken: texts.brokenWorkbook };

export async function readOfflineWorkbook(buf: Buffer, expected: Expected): Promise<OfflineUpload> {
  const read = await readUpload('offline', buf, { accept: ['xlsx'], mode: 'value', texts: kindTexts });
  if (!read.ok) return fail(read.message, read.status);
  const { grid } = read;
  const meta = readMeta(grid);
  if (!meta) return fail(texts.notOffline);
  if (meta.uitvraag !== expected.waveId) return fail(texts.otherWave(meta.uitvraag ?? '?'));
  if (meta.organisatie !== expected.orgCode) return fail(texts.otherOrganisation(meta.organisatie ?? '?'));
  const version = Number(meta.versie);
  if (!Number.isInteger(version) || version < 0) return fail(texts.badVersion);
  const out: OfflineUpload = { baseVersion: version, input: {}, cells: {}, problems: [] };
  const questions = questionsFor(expected.survey, expected.actor);
  for (const theme of themesFor(expected.survey, expected.actor)) {
    const name = themeSheetName(theme);
    const ws = sheetNamed(grid, name);
    if (!ws) {
      out.problems.push({ message: texts.missingSheet(name) });
      continue;
    }
    readThemeSheet(ws, new Map(questions.filter((q) => q.theme === theme.id).map((q) => [q.id, q])), out);
  }
  return out;
}
