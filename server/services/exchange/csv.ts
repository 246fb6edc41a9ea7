/** CSV for Dutch Excel: UTF-8 with a byte-order mark, ';' by default (',' on request). */
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify';
import { wallClockText } from './cells.ts';
import { escapeCsvText } from './escape.ts';
import { csvNumber, type RawCell } from './rawData.ts';
import { texts } from './texts.ts';

export type Separator = ';' | ',';

export const csvCell = (v: RawCell, separator: Separator): string =>
  v === null ? '' : typeof v === 'number' ? csvNumber(v, separator) : v instanceof Date ? wallClockText(v) : escapeCsvText(v);

/** Streams rows to `out` with back-pressure: one row in memory at a time. */
export async function writeCsv(out: Writable, separator: Separator, rows: AsyncIterable<RawCell[]> | Iterable<RawCell[]>): Promise<void> {
  async function* cells() {
    for await (const row of rows) yield row.map((c) => csvCell(c, separator));
  }
  await pipeline(Readable.from(cells()), stringify({ delimiter: separator, bom: true, record_delimiter: 'windows' }), out);
}

/** UTF-8 (with or without BOM), else Windows-1252 as Dutch Excel saves 'CSV (gescheiden door lijstscheidingsteken)'. */
export function decodeText(buf: Buffer): string | null {
  if (buf.subarray(0, 8192).includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
  }
}

export function detectSeparator(text: string): Separator {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : ',';
}

export type CsvRead = { ok: true; rows: string[][]; separator: Separator } | { ok: false; message: string };

export function readCsv(text: string): CsvRead {
  const separator = detectSeparator(text);
  try {
    const rows = parse(text, { delimiter: separator, bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
    return { ok: true, rows, separator };
  } catch (err) {
    const e = err as { lines?: number; message?: string };
    return { ok: false, message: texts.brokenCsv(e.lines, e.message ?? '') };
  }
}
