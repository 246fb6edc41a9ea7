/** Reads a 'Ruwe data' file (.xlsx with that sheet, or CSV) into rows of field inputs. */
import { messages } from '../../messages.ts';
import type { Survey } from '../../survey/schema.ts';
import type { Problem } from '../spreadsheet/problems.ts';
import { readUpload } from '../upload/readUpload.ts';
import { readRawHeader } from './header.ts';
import { importRowOf, type ImportRow } from './importRow.ts';
import { tableOf } from './table.ts';

export type { ImportRow } from './importRow.ts';

export interface ImportFile {
  sheet: string | undefined;
  rows: ImportRow[];
  problems: Problem[];
  /** Set when the file was refused as a whole: 413 too big, 422 not readable, 503 busy. */
  status?: number;
}

const { upload } = messages;
const kindTexts = { wrongType: upload.notWorkbookOrCsv, oldExcel: upload.oldExcel, broken: upload.brokenWorkbook };


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
  const layout = { sheet, source: table.source, columns: header.columns, codeIndex, submittedIndex, fields };
  for (const r of table.rows) {
    const row = importRowOf(r, layout, problems);
    if (row) rows.push(row);
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ sheet, message: messages.bulkImport.noRows });
  return { sheet, rows, problems };
}
