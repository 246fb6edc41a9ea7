/**
 * What an upload may cost, per kind. A hostile workbook is small on disk and huge once unpacked,
 * so every figure is checked before the work it bounds: the zip's central directory before
 * unpacking, the cell and row budget while streaming, memory and time in the parse worker.
 * The figures have at least tenfold headroom over real files (see README, 'Upload limits').
 */
export type UploadKind = 'offline' | 'organisations' | 'bulk';

/** The size of any uploaded file, checked while it is received (before anything else). */
export const MAX_UPLOAD_MB = 10;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;

export interface UploadLimits {
  /** Sum of the uncompressed sizes in the zip's central directory. */
  maxUnpackedBytes: number;
  maxEntries: number;
  /** Uncompressed ÷ compressed, for the whole zip; only checked above `ratioFromBytes` unpacked. */
  maxRatio: number;
  ratioFromBytes: number;
  /** Rows and cells with content, over all sheets (a CSV counts every field). */
  maxRows: number;
  maxCells: number;
  /** The parse worker's heap and wall-clock time. */
  workerHeapMb: number;
  timeoutMs: number;
}

const MB = 1024 * 1024;

export const uploadLimits: Record<UploadKind, UploadLimits> = {
  // One organisation's questionnaire: 9 sheets, under 100 rows and 1,000 cells, 60 KB unpacked.
  offline: {
    maxUnpackedBytes: 20 * MB, maxEntries: 200, maxRatio: 100, ratioFromBytes: 2 * MB,
    maxRows: 20_000, maxCells: 100_000, workerHeapMb: 256, timeoutMs: 20_000,
  },
  // All organisations of the country: about 390 rows of 7 columns (2,700 cells).
  organisations: {
    maxUnpackedBytes: 20 * MB, maxEntries: 200, maxRatio: 100, ratioFromBytes: 2 * MB,
    maxRows: 20_000, maxCells: 200_000, workerHeapMb: 256, timeoutMs: 20_000,
  },
  // A national wave in 'Ruwe data' format: 390 rows × 245 columns (95,000 cells), the whole analyst
  // workbook (its other sheets too) 240 KB zipped.
  bulk: {
    maxUnpackedBytes: 60 * MB, maxEntries: 200, maxRatio: 100, ratioFromBytes: 2 * MB,
    maxRows: 20_000, maxCells: 1_500_000, workerHeapMb: 768, timeoutMs: 60_000,
  },
};

/** At most this many uploads are parsed at the same time; the rest wait their turn. */
export const PARSE_CONCURRENCY = 2;
