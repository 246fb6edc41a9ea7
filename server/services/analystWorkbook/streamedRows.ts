/**
 * Writing many rows into ExcelJS's streaming writer without holding them: waiting for the zip,
 * and leaving out the per-cell work ExcelJS would do for nothing (issue 18: the analyst workbook at 100×).
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Row, Style, Worksheet } from 'exceljs';

/** A stream that is waiting for 'drain': archiver's PassThrough is readable-stream 2, which has no writableNeedDrain. */
type Pipe = Writable & { _writableState?: { needDrain?: boolean } };
const needsDrain = (p: Pipe): boolean => p.writableNeedDrain ?? p._writableState?.needDrain ?? false;

/**
 * Lets the zip stream reach the client before the next batch is produced. ExcelJS hands a sheet's
 * rows to the zip without waiting (its StreamBuf ignores back-pressure), so the compressor's own
 * input is waited for too: otherwise a national workbook queued tens of MB there (npm run bench).
 */
export async function drained(out: Writable, ws: Worksheet): Promise<void> {
  const pipes = (ws as unknown as { stream?: { pipes?: Pipe[] } }).stream?.pipes ?? [];
  for (const p of pipes) if (needsDrain(p)) await once(p, 'drain');
  if (out.writableNeedDrain) await once(out, 'drain');
  else await new Promise((resolve) => setImmediate(resolve));
}

/**
 * An empty cell left out (undefined) instead of written as null: ExcelJS makes a cell object for
 * a null and then writes nothing for it, and most of a row of 'Ruwe data' is other kinds' fields
 * (at 100× 38,000 rows of 245 columns). Kept: the styled column (its empty cell is written,
 * with the date format) and the last one (it sets the row's `spans`), so the file stays the same.
 */
export function sparse<T>(values: (T | null)[], styled: number): (T | null | undefined)[] {
  const last = values.length - 1;
  return values.map((v, i) => (v === null && i !== styled && i !== last ? undefined : v));
}

const TOP_WRAP = { vertical: 'top', wrapText: true } as const;
const TOP_WRAP_ROW: Partial<Style> = { alignment: TOP_WRAP };
const TOP_WRAP_CELL: Partial<Style> = { alignment: TOP_WRAP };

/**
 * What `row.alignment = TOP_WRAP` does, with one style object for all rows and one for all cells
 * (rows and text cells get their own style ids): ExcelJS finds an object's style id in a WeakMap,
 * and only for a new object builds its XML to look it up. Per cell that was much of the time and
 * garbage of 'Toelichtingen' (200,000 rows at 100×). Only for rows whose cells are all texts.
 */
export function topWrapped(r: Row): void {
  (r as Row & { style: Partial<Style> }).style = TOP_WRAP_ROW; // a plain property, missing from ExcelJS's types
  r.eachCell({ includeEmpty: true }, (c) => { c.style = TOP_WRAP_CELL; });
}
