/**
 * The one CSV reader of the platform (bulk import and organisation import, run in the upload
 * pipeline's parse worker): the encoding and the separator are decided here, once.
 */
import { parse } from 'csv-parse/sync';
import { messages } from '../../messages.ts';

/**
 * UTF-8 with or without BOM, else Windows-1252 as Dutch Excel saves 'CSV (gescheiden door
 * lijstscheidingsteken)'. Null for binary content.
 */
export function decodeText(buf: Buffer): string | null {
  if (buf.subarray(0, 8192).includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
  }
}

export type ReadSeparator = ';' | ',' | '\t';

/** The most frequent of ; , and tab in the first line (';' on a tie): Dutch Excel writes ';', others ','. */
export function detectSeparator(text: string): ReadSeparator {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => firstLine.split(c).length - 1;
  const [best] = ([';', ',', '\t'] as const).map((c) => [c, count(c)] as const).sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ',';
}

export type CsvRead = { ok: true; rows: string[][]; separator: ReadSeparator } | { ok: false; message: string; tooBig?: true };

export interface CsvBudget {
  maxRows: number;
  /** Every field counts, empty or not: that is what the parser builds. */
  maxCells: number;
}

class OverBudget extends Error {}

const tooBig = (): CsvRead => ({ ok: false, message: messages.upload.tooManyCells, tooBig: true });

export function readCsv(text: string, budget: CsvBudget = { maxRows: Infinity, maxCells: Infinity }): CsvRead {
  const separator = detectSeparator(text);
  // Each field costs an array slot before the parser hands over its record, so a line of nothing but
  // separators is refused by counting them first (quoted separators count too: an upper bound).
  if (text.split(separator, budget.maxCells + 1).length > budget.maxCells) return tooBig();
  let rows = 0;
  let cells = 0;
  try {
    const parsed = parse(text, {
      delimiter: separator, bom: true, relax_column_count: true, skip_empty_lines: true,
      on_record: (record: string[]) => {
        cells += record.length;
        if (++rows > budget.maxRows || cells > budget.maxCells) throw new OverBudget();
        return record;
      },
    }) as string[][];
    return { ok: true, rows: parsed, separator };
  } catch (err) {
    if (err instanceof OverBudget || (err as { cause?: unknown }).cause instanceof OverBudget) return tooBig();
    const e = err as { lines?: number; message?: string };
    return { ok: false, message: messages.upload.brokenCsv(e.lines, e.message ?? '') };
  }
}
