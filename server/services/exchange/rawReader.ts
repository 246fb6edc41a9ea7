/** Reads a 'Ruwe data' file (.xlsx with that sheet, or CSV) into rows of field inputs. */
import type { Survey } from '../../survey/schema.ts';
import { cellString, isBlank, plainCell, type PlainCell } from './cells.ts';
import { decodeText, readCsv } from './csv.ts';
import { cellAddress, type Problem } from './problems.ts';
import { cellInput, RAW_SHEET, readRawHeader, type CellSource } from './rawData.ts';
import { texts } from './texts.ts';
import { loadWorkbook, sniffFile } from './upload.ts';

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
}

interface Grid {
  sheet: string | undefined;
  source: CellSource;
  /** Header texts and data rows with their spreadsheet row numbers. */
  headers: string[];
  rows: { row: number; cells: PlainCell[] }[];
}

async function gridFromWorkbook(buf: Buffer): Promise<Grid | Problem> {
  const wb = await loadWorkbook(buf);
  if (!wb) return { message: texts.brokenWorkbook };
  const ws = wb.worksheets.find((w) => w.name.trim().toLowerCase() === RAW_SHEET.toLowerCase());
  if (!ws) return { message: texts.missingRawSheet };
  const headerRow = ws.getRow(1);
  const headers: string[] = [];
  for (let c = 1; c <= ws.columnCount; c++) headers.push(cellString(headerRow.getCell(c).value));
  const rows: Grid['rows'] = [];
  const formulas: Problem[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const cells: PlainCell[] = [];
    for (let c = 1; c <= headers.length; c++) {
      const v = plainCell(row.getCell(c).value);
      if (v !== null && typeof v === 'object' && 'formulaWithoutResult' in v) {
        formulas.push({ sheet: ws.name, cell: cellAddress(c, n), message: texts.formulaIgnored });
        cells.push(null);
      } else cells.push(v as PlainCell);
    }
    rows.push({ row: n, cells });
  });
  if (formulas.length) return formulas[0]!;
  return { sheet: ws.name, source: 'xlsx', headers, rows };
}

function gridFromCsv(buf: Buffer): Grid | Problem {
  const text = decodeText(buf);
  if (text === null) return { message: texts.notWorkbookOrCsv };
  const read = readCsv(text);
  if (!read.ok) return { message: read.message };
  const [headers = [], ...data] = read.rows;
  return {
    sheet: undefined,
    source: read.separator === ';' ? 'csv-semicolon' : 'csv-comma',
    headers,
    rows: data.map((cells, i) => ({ row: i + 2, cells })),
  };
}

/** File-level checks only; whether organisations and answers are valid is decided per wave later. */
export async function readImportFile(survey: Survey, buf: Buffer): Promise<ImportFile> {
  const kind = sniffFile(buf);
  if (kind === 'xls') return { sheet: undefined, rows: [], problems: [{ message: texts.oldExcel }] };
  if (kind === 'unknown') return { sheet: undefined, rows: [], problems: [{ message: texts.notWorkbookOrCsv }] };
  const grid = kind === 'xlsx' ? await gridFromWorkbook(buf) : gridFromCsv(buf);
  if ('message' in grid) return { sheet: undefined, rows: [], problems: [grid] };
  const { sheet } = grid;
  const header = readRawHeader(survey, grid.headers, sheet);
  if (header.problems.length) return { sheet, rows: [], problems: header.problems };
  const codeIndex = header.columns.findIndex((c) => c?.kind === 'meta' && c.key === 'code');
  const problems: Problem[] = [];
  const rows: ImportRow[] = [];
  for (const { row, cells } of grid.rows) {
    if (cells.every(isBlank)) continue;
    cells.forEach((v, i) => {
      if (!header.columns[i] && !isBlank(v)) problems.push({ sheet, cell: cellAddress(i + 1, row), message: texts.cellWithoutHeader });
    });
    const code = String(cells[codeIndex] ?? '').trim().toUpperCase();
    const codeCell = cellAddress(codeIndex + 1, row);
    const input: Record<string, unknown> = {};
    const at: Record<string, string> = {};
    header.columns.forEach((col, i) => {
      if (col?.kind !== 'field') return;
      input[col.field.id] = cellInput(col.field, cells[i] ?? null, grid.source);
      at[col.field.id] = cellAddress(i + 1, row);
    });
    rows.push({ row, code, codeCell, input, cells: at });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ sheet, message: texts.noRows });
  return { sheet, rows, problems };
}
