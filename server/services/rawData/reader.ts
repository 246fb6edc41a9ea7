/** Reads a 'Ruwe data' file (.xlsx with that sheet, or CSV) into rows of field inputs. */
import { messages } from '../../messages.ts';
import type { Survey } from '../../survey/schema.ts';
import { fromAmsterdamWallClock, isBlank, parseWallClockText, type PlainCell } from '../spreadsheet/cells.ts';
import { cellAddress, type Problem } from '../spreadsheet/problems.ts';
import { readUpload } from '../upload/readUpload.ts';
import { cellInput, readRawHeader } from './header.ts';
import { tableOf } from './table.ts';

export interface ImportRow {
  /** Row number as the spreadsheet shows it. */
  row: number;
  code: string;
  codeCell: string;
  /** Field id → value for parseCell (null = empty cell). */
  input: Record<string, unknown>;
  /** Field id → cell address, for reporting. */
  cells: Record<string, string>;
  /** 'Ingediend op' of the file (ISO, UTC), null when empty: the submission time an import keeps. */
  submittedAt: string | null;
}

export interface ImportFile {
  sheet: string | undefined;
  rows: ImportRow[];
  problems: Problem[];
  /** Set when the file was refused as a whole: 413 too big, 422 not readable, 503 busy. */
  status?: number;
}

const { upload } = messages;
const kindTexts = { wrongType: upload.notWorkbookOrCsv, oldExcel: upload.oldExcel, broken: upload.brokenWorkbook };

/** 'Ingediend op': a workbook's date cell (Amsterdam wall clock) or a CSV's text, as an instant. */
function submittedAtOf(v: PlainCell): string | null | 'invalid' {
  if (isBlank(v)) return null;
  const wall = v instanceof Date ? v : typeof v === 'string' ? parseWallClockText(v) : null;
  return wall && !Number.isNaN(wall.getTime()) ? fromAmsterdamWallClock(wall) : 'invalid';
}

/** File-level checks only; whether organisations and answers are valid is decided per wave later. */
export async function readImportFile(survey: Survey, buf: Buffer): Promise<ImportFile> {
  const read = await readUpload('bulk', buf, { accept: ['xlsx', 'csv'], mode: 'value', texts: kindTexts });
  if (!read.ok) return { sheet: undefined, rows: [], problems: [{ message: read.message }], status: read.status };
  const table = tableOf(read.grid);
  if ('message' in table) return { sheet: undefined, rows: [], problems: [table] };
  const { sheet } = table;
  const header = readRawHeader(survey, table.headers, sheet);
  if (header.problems.length) return { sheet, rows: [], problems: header.problems };
  const codeIndex = header.columns.findIndex((c) => c?.kind === 'meta' && c.key === 'code');
  const submittedIndex = header.columns.findIndex((c) => c?.kind === 'meta' && c.key === 'submittedAt');
  // Only the columns with a field: a row costs its own cells plus these, whatever its width.
  const fields = header.columns.flatMap((c, i) => (c?.kind === 'field' ? [{ i, field: c.field }] : []));
  const problems: Problem[] = [];
  const rows: ImportRow[] = [];
  for (const r of table.rows) {
    const row = r.row;
    const cells = new Map(r.cells.map((c) => [c.col - 1, c.value as PlainCell]));
    if ([...cells.values()].every(isBlank)) continue;
    for (const [i, v] of cells) {
      if (header.columns[i] || isBlank(v)) continue;
      problems.push({ sheet, cell: cellAddress(i + 1, row), message: messages.bulkImport.cellWithoutHeader });
    }
    const code = String(cells.get(codeIndex) ?? '').trim().toUpperCase();
    const codeCell = cellAddress(codeIndex + 1, row);
    const input: Record<string, unknown> = {};
    const at: Record<string, string> = {};
    for (const { i, field } of fields) {
      input[field.id] = cellInput(field, cells.get(i) ?? null, table.source);
      at[field.id] = cellAddress(i + 1, row);
    }
    const submittedAt = submittedAtOf(cells.get(submittedIndex) ?? null);
    if (submittedAt === 'invalid') {
      problems.push({ sheet, row, cell: cellAddress(submittedIndex + 1, row), message: messages.bulkImport.badSubmittedAt(String(cells.get(submittedIndex))) });
    }
    rows.push({ row, code, codeCell, input, cells: at, submittedAt: submittedAt === 'invalid' ? null : submittedAt });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ sheet, message: messages.bulkImport.noRows });
  return { sheet, rows, problems };
}
