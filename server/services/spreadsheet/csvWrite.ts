/**
 * The one CSV writer: for Dutch Excel, UTF-8 with a byte-order mark, Windows line ends, ';' by
 * default (',' on request), decimal comma with ';', and every text escaped (see escape.ts).
 */
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { wallClockText } from './cells.ts';
import { escapeCsvText, stripControls } from './escape.ts';

export type Separator = ';' | ',';

/** What a CSV cell may be given: a text, a number, a wall-clock date or nothing. */
export type CsvValue = string | number | Date | null;

/** A number in a CSV cell, written so that Dutch Excel reads it back as the same number. */
export function csvNumber(n: number, separator: Separator): string {
  const s = String(n);
  return separator === ';' ? s.replace('.', ',') : s;
}

export function csvCell(v: CsvValue, separator: Separator): string {
  if (v === null) return '';
  if (typeof v === 'number') return csvNumber(v, separator);
  return v instanceof Date ? wallClockText(v) : escapeCsvText(stripControls(v));
}

// csv-stringify quotes a field holding the record delimiter (CRLF) but not a bare LF or CR, which
// is what a textarea gives: Excel and Python's csv would split the record there. Quote those too.
const options = (separator: Separator) => ({
  delimiter: separator,
  bom: true,
  record_delimiter: 'windows' as const,
  quoted_match: /[\r\n]/,
});

/** Streams rows to `out` with back-pressure: one row in memory at a time. */
export async function writeCsv(out: Writable, separator: Separator, rows: AsyncIterable<CsvValue[]> | Iterable<CsvValue[]>): Promise<void> {
  async function* cells() {
    for await (const row of rows) yield row.map((c) => csvCell(c, separator));
  }
  await pipeline(Readable.from(cells()), stringify(options(separator)), out);
}

/** A small table as one CSV text (the same cells and options as writeCsv). */
export function csvText(separator: Separator, rows: CsvValue[][]): string {
  return stringifySync(
    rows.map((row) => row.map((c) => csvCell(c, separator))),
    options(separator),
  );
}
