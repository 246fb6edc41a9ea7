/**
 * The organisation file (first sheet of an .xlsx, or a CSV) as rows of text, through the one
 * upload pipeline (server/services/upload): bounded in size, cells and time, parsed off the event loop.
 */
import { messages } from '../../messages.ts';
import { stripControls } from '../spreadsheet/escape.ts';
import { readUpload } from '../upload/readUpload.ts';
import { sniffFile } from '../upload/sniff.ts';

export interface TableRow {
  /** Line (CSV) or row (Excel) number as the file shows it. */
  line: number;
  /** Texts by column; a sparse array, so a far-away cell costs one entry, not its column number. */
  cells: string[];
}

export type TableFile = { ok: true; rows: TableRow[] } | { ok: false; error: string; status: number };

const texts = messages.orgImport;
const kindTexts = { wrongType: texts.notTable, oldExcel: texts.oldExcel, broken: texts.broken };

/** Reads the first sheet of an .xlsx file or a CSV file, judged by its content, not its name. */
export async function readTableFile(fileName: string, buffer: Buffer): Promise<TableFile> {
  // The content decides; a name that contradicts it (text called .xlsx) is refused as well.
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const isZip = sniffFile(buffer) === 'xlsx';
  if ((ext === 'xlsx' && !isZip) || ((ext === 'csv' || ext === 'txt') && isZip)) return { ok: false, error: texts.notTable, status: 422 };
  // 'text': what Excel shows, also for hyperlinks (e-mail addresses), rich text and formulas.
  const read = await readUpload('organisations', buffer, { accept: ['xlsx', 'csv'], mode: 'text', texts: kindTexts });
  if (!read.ok) return { ok: false, error: read.message, status: read.status };
  const sheet = read.grid.sheets[0];
  if (!sheet) return { ok: false, error: texts.noSheet, status: 422 };
  const rows = sheet.rows.map((r) => {
    const cells: string[] = [];
    // Control characters would end up in every export that names the organisation (see escape.ts).
    for (const c of r.cells) cells[c.col - 1] = stripControls(String(c.value ?? '')).trim();
    return { line: r.row, cells };
  });
  return { ok: true, rows };
}
