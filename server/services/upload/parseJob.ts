/** What the parse worker is asked and what it answers; plain data, so it crosses threads as is. */
import type { Grid } from './grid.ts';
import type { CellMode } from './parseBudget.ts';

export interface ParseJob {
  buffer: Uint8Array;
  format: 'xlsx' | 'csv';
  mode: CellMode;
  maxRows: number;
  maxCells: number;
}

export type ParseOutcome =
  | { kind: 'grid'; grid: Grid }
  /** A file-level problem with a Dutch message (broken CSV, not text). */
  | { kind: 'problem'; message: string }
  | { kind: 'too-big' }
  | { kind: 'broken' };
