/** How much of an upload the parser may read before it gives up, and how it reads a cell. */
export interface Budget {
  maxRows: number;
  maxCells: number;
}

/** 'value': what the cell holds (dates, numbers); 'text': what Excel shows (hyperlinks, formulas). */
export type CellMode = 'value' | 'text';

export class OverBudgetError extends Error {}
