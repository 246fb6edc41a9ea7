/**
 * The one upload pipeline of the platform (offline workbook, organisation import, bulk import):
 * what the bytes are → the zip's central directory → the parse worker under the kind's budget →
 * a Grid of the cells that exist. Callers turn the Grid into their own rows and reports.
 */
import { messages } from '../../messages.ts';
import type { Grid } from './grid.ts';
import { uploadLimits, type UploadKind } from './limits.ts';
import { parseInWorker } from './parsePool.ts';
import { sniffFile } from './sniff.ts';
import type { CellMode } from './parseBudget.ts';
import { checkZip } from './zipCheck.ts';

/** The wording each form already uses for a file of the wrong kind. */
export interface KindTexts {
  wrongType: string;
  oldExcel: string;
  broken: string;
}

export interface UploadOptions {
  accept: readonly ('xlsx' | 'csv')[];
  mode: CellMode;
  texts: KindTexts;
}

export type UploadRead = { ok: true; grid: Grid } | { ok: false; message: string; status: 413 | 422 | 503 };

const refuse = (message: string, status: 413 | 422 | 503 = 422): UploadRead => ({ ok: false, message, status });

export async function readUpload(kind: UploadKind, buf: Buffer, o: UploadOptions): Promise<UploadRead> {
  const limits = uploadLimits[kind];
  const format = sniffFile(buf);
  if (format === 'xls') return refuse(o.texts.oldExcel);
  if (format === 'unknown' || !o.accept.includes(format)) return refuse(o.texts.wrongType);
  if (format === 'xlsx') {
    const zip = await checkZip(buf, limits);
    if (!zip.ok) return zip.reason === 'too-big' ? refuse(messages.upload.tooManyCells, 413) : refuse(o.texts.broken);
  }
  const outcome = await parseInWorker({ buffer: buf, format, mode: o.mode, maxRows: limits.maxRows, maxCells: limits.maxCells }, limits);
  switch (outcome.kind) {
    case 'grid': return { ok: true, grid: outcome.grid };
    case 'problem': return refuse(outcome.message);
    case 'too-big': return refuse(messages.upload.tooManyCells, 413);
    case 'busy': return refuse(messages.upload.busy, 503);
    case 'broken': return refuse(o.texts.broken);
  }
}
