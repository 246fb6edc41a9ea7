/** Reads one theme sheet of an uploaded offline questionnaire into field inputs, with a problem per bad cell. */
import { moduleFor } from '../../questions/index.ts';
import { hasOtherOption } from '../../survey/model.ts';
import type { Question } from '../../survey/schema.ts';
import { cellsOf, text, type GridSheet, type LocatedCell as Cell } from '../upload/grid.ts';
import { isBlank, type PlainCell } from './cells.ts';
import { CHOSEN, col, NOT_CHOSEN, offlineColumns } from './offlineLayout.ts';
import type { Problem } from './problems.ts';
import { texts } from './texts.ts';

export interface CellRef {
  sheet: string;
  cell: string;
}

/** What the sheets add to: field inputs, where each came from, and problems. */
interface SheetOutput {
  input: Record<string, unknown>;
  cells: Record<string, CellRef>;
  problems: Problem[];
}

/** The answer cell as the question type reads it back (labels to codes, '%' cells, date cells). */
function answerInput(q: Question, cell: Cell, value: PlainCell): unknown {
  if (value === null || isBlank(value)) return null;
  return moduleFor(q.type).sheet.readCell(q, { value, numFmt: cell.numFmt });
}

class SheetReader {
  readonly problems: Problem[] = [];
  constructor(private readonly ws: GridSheet) {}

  value(cell: Cell): PlainCell {
    const v = cell.value;
    if (v !== null && typeof v === 'object' && 'formulaWithoutResult' in v) {
      this.problems.push({ sheet: this.ws.name, cell: cell.address, message: texts.formulaIgnored });
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
        this.problem(cell, texts.wrongHeader(c.header, found));
        ok = false;
      }
    });
    return ok;
  }
}

export function readThemeSheet(ws: GridSheet, questions: Map<string, Question>, out: SheetOutput): void {
  const r = new SheetReader(ws);
  if (!r.headersOk()) {
    out.problems.push(...r.problems);
    return;
  }
  const seen = new Set<string>();
  const chosen = new Map<string, string[]>();
  for (const gridRow of ws.rows) {
    if (gridRow.row === 1) continue;
    const cell = cellsOf(gridRow, gridRow.row);
    const idCell = cell(col('id'));
    const id = text(idCell);
    const answerCell = cell(col('answer'));
    const andersCell = cell(col('anders'));
    const toelichtingCell = cell(col('toelichting'));
    const answer = r.value(answerCell);
    const anders = r.value(andersCell);
    const toelichting = r.value(toelichtingCell);
    if (!id) {
      if (![answer, anders, toelichting].every(isBlank)) r.problem(idCell, texts.missingQuestionId);
      continue;
    }
    const q = questions.get(id);
    if (!q) { r.problem(idCell, texts.unknownQuestionRow(id)); continue; }
    const optionCell = cell(col('option'));
    const option = text(optionCell);
    if (option) {
      const m = moduleFor(q.type);
      const known = m.traits.multiple && (m.options(q) ?? []).some((o) => o.code === option);
      if (!known) { r.problem(optionCell, texts.unknownOption(id, option)); continue; }
      const mark = isBlank(answer) ? '' : String(answer).trim().toLowerCase();
      if (mark && !CHOSEN.has(mark) && !NOT_CHOSEN.has(mark)) { r.problem(answerCell, texts.markChoice); continue; }
      const list = chosen.get(id) ?? [];
      if (CHOSEN.has(mark)) list.push(option);
      chosen.set(id, list);
      out.cells[id] ??= { sheet: ws.name, cell: answerCell.address };
      if (!isBlank(anders)) r.problem(andersCell, texts.notForQuestion);
      if (!isBlank(toelichting)) r.problem(toelichtingCell, texts.notForQuestion);
      continue;
    }
    if (seen.has(id)) { r.problem(idCell, texts.duplicateQuestionRow(id)); continue; }
    seen.add(id);
    if (moduleFor(q.type).traits.multiple) {
      if (!isBlank(answer)) r.problem(answerCell, texts.notForQuestion);
      chosen.set(id, chosen.get(id) ?? []);
    } else {
      out.input[id] = answerInput(q, answerCell, answer);
      out.cells[id] = { sheet: ws.name, cell: answerCell.address };
    }
    const extra = (field: string, open: boolean, c: Cell, value: PlainCell) => {
      if (open) {
        out.input[field] = isBlank(value) ? null : String(value);
        out.cells[field] = { sheet: ws.name, cell: c.address };
      } else if (!isBlank(value)) r.problem(c, texts.notForQuestion);
    };
    extra(`${id}.anders`, hasOtherOption(q), andersCell, anders);
    extra(`${id}.toelichting`, q.explanation, toelichtingCell, toelichting);
  }
  for (const [id, codes] of chosen) out.input[id] = codes.length ? codes : null;
  out.problems.push(...r.problems);
}
