/** The analyst workbook's sheets with a row per organisation or field: Toelichtingen, Ruwe data and Codeboek. */
import type { Writable } from 'node:stream';
import type { Workbook } from 'exceljs';
import { exportBatches, type ExportFilter } from '../../db/repos/exportData.ts';
import type { Services } from '../../context.ts';
import type { Survey } from '../../survey/schema.ts';
import { codebookHeaders, codebookRows, codebookWidths } from '../rawData/codebook.ts';
import { RAW_SHEET, rawColumns, rawRow } from '../rawData/codec.ts';
import { safeRow } from '../spreadsheet/escape.ts';
import { autoFilterRow, DATE_TIME_FORMAT, frozenAt, styleHeaderRow } from '../spreadsheet/sheetStyle.ts';
import { drained, sparse, topWrapped } from './streamedRows.ts';
import { toelichtingHeaders, toelichtingRows, toelichtingWidths } from './toelichtingen.ts';

/** Organisations per batch: each becomes a few hundred row objects that live until the zip has them. */
const SHEET_BATCH = 50;

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
        topWrapped(r);
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
