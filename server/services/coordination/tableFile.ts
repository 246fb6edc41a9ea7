import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export type TableFile = { ok: true; rows: string[][] } | { ok: false; error: string };

const notTable = 'Dit bestand is geen CSV-bestand en geen Excel-bestand (.xlsx). Sla het op als CSV of als Excel-werkmap (.xlsx) en probeer het opnieuw.';

/** The most frequent of ; , and tab in the first line: Dutch Excel writes ';', others ','. */
function delimiterOf(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [';', ',', '\t'].map((d) => [d, first.split(d).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![1] > 0 ? counts[0]![0] : ',';
}

function readCsv(buffer: Buffer): TableFile {
  if (buffer.includes(0)) return { ok: false, error: notTable };
  const text = buffer.toString('utf8');
  if (text.includes('\uFFFD')) {
    return { ok: false, error: 'De tekens in dit CSV-bestand zijn niet te lezen. Sla het bestand op als ‘CSV UTF-8’ en probeer het opnieuw.' };
  }
  try {
    const rows = parse(text, { bom: true, delimiter: delimiterOf(text.replace(/^\uFEFF/, '')), relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
    return { ok: true, rows };
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    return { ok: false, error: `Het CSV-bestand is niet goed opgebouwd${line ? ` (rond regel ${line})` : ''}: controleer aanhalingstekens en scheidingstekens.` };
  }
}

async function readXlsx(buffer: Buffer): Promise<TableFile> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return { ok: false, error: 'Dit Excel-bestand kan niet worden gelezen. Sla het opnieuw op als Excel-werkmap (.xlsx) en probeer het opnieuw.' };
  }
  const sheet = wb.worksheets[0];
  if (!sheet) return { ok: false, error: 'Het Excel-bestand bevat geen werkblad.' };
  const rows: string[][] = [];
  const width = sheet.columnCount;
  for (let n = 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    const cells: string[] = [];
    // cell.text is what Excel shows: also for hyperlinks (e-mail addresses), rich text and formulas.
    for (let c = 1; c <= width; c++) cells.push(row.getCell(c).text.trim());
    rows.push(cells);
  }
  return { ok: true, rows };
}

/** Reads the first sheet of an .xlsx file or a CSV file into rows of text cells. */
export async function readTableFile(fileName: string, buffer: Buffer): Promise<TableFile> {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const zip = buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (ext === 'xlsx') return zip ? readXlsx(buffer) : { ok: false, error: notTable };
  if (ext === 'xls') return { ok: false, error: 'Oude Excel-bestanden (.xls) worden niet ondersteund. Sla het bestand op als Excel-werkmap (.xlsx) of als CSV.' };
  if (ext === 'csv' || ext === 'txt') return zip ? { ok: false, error: notTable } : readCsv(buffer);
  return { ok: false, error: notTable };
}
