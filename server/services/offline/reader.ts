/** Reads an uploaded offline questionnaire back into field inputs, with a problem per bad cell. */
import { questionsFor, themesFor } from '../../survey/model.ts';
import type { Survey } from '../../survey/schema.ts';
import { cellsOf, sheetNamed, text, type Grid } from '../upload/grid.ts';
import { readUpload } from '../upload/readUpload.ts';
import { messages } from '../../messages.ts';
import type { Problem } from '../spreadsheet/problems.ts';
import { themeSheetName } from '../spreadsheet/sheetName.ts';
import { META_SHEET, OFFLINE_FORMAT } from './layout.ts';
import { readThemeSheet, type CellRef } from './themeSheet.ts';

export type { CellRef } from './themeSheet.ts';

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

const { upload } = messages;
const kindTexts = { wrongType: upload.notWorkbook, oldExcel: upload.oldExcel, broken: upload.brokenWorkbook };

export async function readOfflineWorkbook(buf: Buffer, expected: Expected): Promise<OfflineUpload> {
  const read = await readUpload('offline', buf, { accept: ['xlsx'], mode: 'value', texts: kindTexts });
  if (!read.ok) return fail(read.message, read.status);
  const { grid } = read;
  const meta = readMeta(grid);
  if (!meta) return fail(messages.offline.notOffline);
  if (meta.uitvraag !== expected.waveId) return fail(messages.offline.otherWave(meta.uitvraag ?? '?'));
  if (meta.organisatie !== expected.orgCode) return fail(messages.offline.otherOrganisation(meta.organisatie ?? '?'));
  const version = Number(meta.versie);
  if (!Number.isInteger(version) || version < 0) return fail(messages.offline.badVersion);
  const out: OfflineUpload = { baseVersion: version, input: {}, cells: {}, problems: [] };
  const questions = questionsFor(expected.survey, expected.actor);
  for (const theme of themesFor(expected.survey, expected.actor)) {
    const name = themeSheetName(theme);
    const ws = sheetNamed(grid, name);
    if (!ws) {
      out.problems.push({ message: messages.offline.missingSheet(name) });
      continue;
    }
    readThemeSheet(ws, new Map(questions.filter((q) => q.theme === theme.id).map((q) => [q.id, q])), out);
  }
  return out;
}
