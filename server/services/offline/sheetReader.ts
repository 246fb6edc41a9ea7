/** A theme sheet being read: where each input came from, its cell values, the header check and the problems found so far. */
import { messages } from '../../messages.ts';
import { moduleFor } from '../../questions/index.ts';
import type { Question } from '../../survey/schema.ts';
import { isBlank, type PlainCell } from '../spreadsheet/cells.ts';
import type { Problem } from '../spreadsheet/problems.ts';
import { cellsOf, text, type GridSheet, type LocatedCell as Cell } from '../upload/grid.ts';
import { offlineColumns } from './layout.ts';

export interface CellRef {
  sheet: string;
  cell: string;
}

/** What the sheets add to: field inputs, where each came from, and problems. */
export interface SheetOutput {
  input: Record<string, unknown>;
  cells: Record<string, CellRef>;
  problems: Problem[];
}

/** The answer cell as the question type reads it back (labels to codes, '%' cells, date cells). */
export function answerInput(q: Question, cell: Cell, value: PlainCell): unknown {
  if (value === null || isBlank(value)) return null;
  return moduleFor(q.type).sheet.readCell(q, { value, numFmt: cell.numFmt });
}

export class SheetReader {
  readonly problems: Problem[] = [];
  constructor(private readonly ws: GridSheet) {}

  value(cell: Cell): PlainCell {
    const v = cell.value;
    if (v !== null && typeof v === 'object' && 'formulaWithoutResult' in v) {
      this.problems.push({ sheet: this.ws.name, cell: cell.address, message: messages.upload.formulaIgnored });
      return null;
    }
    return v;
  }

  problem(cell: Cell, message: string): void {
    this.problems.push({ sheet: this.ws.name, cell: cell.address, message });
  }

  headersOk(): boolean {
    const header = cellsOf(this.ws.rows.find((r) => r.row === 1), 1);
    let ok = true;
    offlineColumns.forEach((c, i) => {
      const cell = header(i + 1);
      const found = text(cell);
      if (found.toLowerCase() !== c.header.toLowerCase()) {
        this.problem(cell, messages.offline.wrongHeader(c.header, found));
        ok = false;
      }
    });
    return ok;
  }
}
