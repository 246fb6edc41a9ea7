/** Reads a 'Ruwe data' file (.xlsx with that sheet, or CSV) into rows of field inputs. */
import type { Survey } from '../../survey/schema.ts';
import { text, type Grid, type GridRow } from '../upload/grid.ts';
import { readUpload } from '../upload/readUpload.ts';
import { isBlank, type PlainCell } from './cells.ts';
import { cellAddress, type Problem } from './problems.ts';
import { cellInput, RAW_SHEET, readRawHeader, type CellSource } from './rawData.ts';
import { texts } from './texts.ts';

export interface ImportRow {
  /** Row number as the spreadsheet shows it. */
  row: number;
  code: string;
  codeCell: string;
  /** Field id → value for parseCell (null = empty cell). */
  input: Record<string, unknown>;
  /** Field id → cell address, for reporting. */
  cells: Record<string, string>;
}

export interface ImportFile {
  sheet: string | undefined;
  rows: ImportRow[];
  problems: Problem[];
  /** Set when the file was refused as a whole: 413 too big, 422 not readable, 503 busy. */
  status?: number;
}

interface Table {
  sheet: string | undefined;
  source: CellSource;
  /** Header texts by column (at most 16,384: Excel's last column). */
  headers: string[];
  /** Data rows with the cells that exist, by column. */
  rows: GridRow[];
}

const kindTexts = { wrongType: texts.notWorkbookOrCsv, oldExcel: texts.oldExcel, broken: texts.brokenWorkbook };

function tableOf(grid: Grid): Table | Problem {
  if (grid.source === 'csv') {
    const [first, ...data] = grid.sheets[0]?.rows ?? [];
    const headers: string[] = [];
    for (const c of first?.cells ?? []) headers[c.col - 1] = text(c);
    // A tab-separated file comes from Dutch Excel as well: decimal comma, like ';'.
    return { sheet: undefined, source: grid.separator === ',' ? 'csv-comma' : 'csv-semicolon', headers: Array.from(headers, (h) => h ?? ''), rows: data };
  }
  const ws = grid.sheets.find((w) => w.name.trim().toLowerCase() === RAW_SHEET.toLowerCase());
  if (!ws) return { message: texts.missingRawSheet };
  const headers: string[] = [];
  for (const c of ws.rows.find((r) => r.row === 1)?.cells ?? []) headers[c.col - 1] = text(c);
  const rows = ws.rows.filter((r) => r.row > 1);
  for (const r of rows) {
    const formula = r.cells.find((c) => c.value !== null && typeof c.value === 'object' && 'formulaWithoutResult' in c.value);
    if (formula) return { sheet: ws.name, cell: cellAddress(formula.col, r.row), message: texts.formulaIgnored };
  }
  return { sheet: ws.name, source: 'xlsx', headers: Array.from(headers, (h) => h ?? ''), rows };
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
  // Only the columns with a field: a row costs its own cells plus these, whatever its width.
  const fields = header.columns.flatMap((c, i) => (c?.kind === 'field' ? [{ i, field: c.field }] : []));
  const problems: Problem[] = [];
  const rows: ImportRow[] = [];
  for (const r of table.rows) {
    const row = r.row;
    const cells = new Map(r.cells.map((c) => [c.col - 1, c.value as PlainCell]));
    if ([...cells.values()].every(isBlank)) continue;
    for (const [i, v] of cells) {
      if (!header.columns[i] && !isBlank(v)) problems.push({ sheet, cell: cellAddress(i + 1, row), message: texts.cellWithoutHeader });
    }
    const code = String(cells.get(codeIndex) ?? '').trim().toUpperCase();
    const codeCell = cellAddress(codeIndex + 1, row);
    const input: Record<string, unknown> = {};
    const at: Record<string, string> = {};
    for (const { i, field } of fields) {
      input[field.id] = cellInput(field, cells.get(i) ?? null, table.source);
      at[field.id] = cellAddress(i + 1, row);
    }
    rows.push({ row, code, codeCell, input, cells: at });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ sheet, message: texts.noRows });
  return { sheet, rows, problems };
}
