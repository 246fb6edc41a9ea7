/** The analyst workbook's sheets with a row per organisation or field: Toelichtingen, Ruwe data and Codeboek. */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Workbook, Worksheet } from 'exceljs';
import { exportBatches, type ExportFilter } from '../../db/repos/exportData.ts';
import type { Services } from '../../context.ts';
import type { Survey } from '../../survey/schema.ts';
import { codebookHeaders, codebookRows, codebookWidths } from '../rawData/codebook.ts';
import { RAW_SHEET, rawColumns, rawRow } from '../rawData/codec.ts';
import { safeRow } from '../spreadsheet/escape.ts';
import { autoFilterRow, DATE_TIME_FORMAT, frozenAt, styleHeaderRow } from '../spreadsheet/sheetStyle.ts';
import { toelichtingHeaders, toelichtingRows, toelichtingWidths } from './toelichtingen.ts';

/** Organisations per batch: each becomes a few hundred row objects that live until the zip has them. */
const SHEET_BATCH = 50;

/** A stream that is waiting for 'drain': archiver's PassThrough is readable-stream 2, which has no writableNeedDrain. */
type Pipe = Writable & { _writableState?: { needDrain?: boolean } };
const needsDrain = (p: Pipe): boolean => p.writableNeedDrain ?? p._writableState?.needDrain ?? false;

/**
 * Lets the zip stream reach the client before the next batch is produced. ExcelJS hands a sheet's
 * rows to the zip without waiting (its StreamBuf ignores back-pressure), so the compressor's own
 * input is waited for too: otherwise a national workbook queued tens of MB there (npm run bench).
 */
async function drained(out: Writable, ws: Worksheet): Promise<void> {
  const pipes = (ws as unknown as { stream?: { pipes?: Pipe[] } }).stream?.pipes ?? [];
  for (const p of pipes) if (needsDrain(p)) await once(p, 'drain');
  if (out.writableNeedDrain) await once(out, 'drain');
  else await new Promise((resolve) => setImmediate(resolve));
}

/**
 * An empty cell left out (undefined) instead of written as null: ExcelJS makes a cell object for
 * a null and then writes nothing for it, and most of a row of 'Ruwe data' is other kinds' fields
 * (at 100× 38,000 rows of some 900 columns). Kept: the styled column (its empty cell is written,
 * with the date format) and the last one (it sets the row's `spans`), so the file stays the same.
 */
function sparse<T>(values: (T | null)[], styled: number): (T | null | undefined)[] {
  const last = values.length - 1;
  return values.map((v, i) => (v === null && i !== styled && i !== last ? undefined : v));
}

function dataSheet(wb: Workbook, name: string, headers: readonly string[], widths: number[]) {
  const ws = wb.addWorksheet(name, frozenAt(1, 1));
  ws.columns = headers.map((h, i) => ({ header: h, width: widths[i] ?? 14 }));
  styleHeaderRow(ws.getRow(1));
  autoFilterRow(ws, 1, headers.length);
  return ws;
}

export async function writeToelichtingen(wb: Workbook, s: Services, survey: Survey, waveId: string, filter: ExportFilter, out: Writable) {
  const ws = dataSheet(wb, 'Toelichtingen', toelichtingHeaders, toelichtingWidths);
  ws.getRow(1).commit();
  for await (const batch of exportBatches(s.db, waveId, filter, SHEET_BATCH)) {
    for (const org of batch.organisations) {
      const answers = org.response_id !== null ? batch.answers.get(org.response_id) ?? {} : {};
      for (const values of toelichtingRows(survey, org, answers)) {
        const r = ws.addRow(safeRow(values));
        r.alignment = { vertical: 'top', wrapText: true };
        r.commit();
      }
    }
    await drained(out, ws);
  }
  ws.commit();
}

export async function writeRawData(wb: Workbook, s: Services, survey: Survey, waveId: string, filter: ExportFilter, out: Writable) {
  const columns = rawColumns(survey, filter.actorKind);
  const ws = dataSheet(wb, RAW_SHEET, columns.map((c) => c.header), columns.map((c) => (c.kind === 'meta' ? c.width : 14)));
  const dateColumn = columns.findIndex((c) => c.kind === 'meta' && c.key === 'submittedAt') + 1;
  ws.getColumn(dateColumn).numFmt = DATE_TIME_FORMAT;
  ws.getRow(1).commit();
  for await (const batch of exportBatches(s.db, waveId, filter, SHEET_BATCH)) {
    for (const org of batch.organisations) {
      const answers = org.response_id !== null ? batch.answers.get(org.response_id) ?? {} : {};
      const r = ws.addRow(sparse(safeRow(rawRow(columns, org, answers)), dateColumn - 1));
      r.getCell(dateColumn).numFmt = DATE_TIME_FORMAT;
      r.commit();
    }
    await drained(out, ws);
  }
  ws.commit();
}

export function writeCodebook(wb: Workbook, survey: Survey, filter: ExportFilter) {
  const ws = dataSheet(wb, 'Codeboek', codebookHeaders, codebookWidths);
  ws.getRow(1).commit();
  for (const values of codebookRows(survey, filter.actorKind)) {
    const r = ws.addRow(safeRow(values));
    r.alignment = { vertical: 'top', wrapText: true };
    r.commit();
  }
  ws.commit();
}
