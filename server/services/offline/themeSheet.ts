/** Reads one theme sheet of an uploaded offline questionnaire into field inputs, with a problem per bad cell. */
import { messages } from '../../messages.ts';
import { moduleFor } from '../../questions/index.ts';
import { hasOtherOption } from '../../survey/model.ts';
import type { Question } from '../../survey/schema.ts';
import { isBlank, type PlainCell } from '../spreadsheet/cells.ts';
import { cellsOf, text, type GridSheet, type LocatedCell as Cell } from '../upload/grid.ts';
import { CHOSEN, col, NOT_CHOSEN } from './layout.ts';
import { answerInput, SheetReader, type SheetOutput } from './sheetReader.ts';

export type { CellRef } from './sheetReader.ts';

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
      if (![answer, anders, toelichting].every(isBlank)) r.problem(idCell, messages.offline.missingQuestionId);
      continue;
    }
    const q = questions.get(id);
    if (!q) { r.problem(idCell, messages.offline.unknownQuestionRow(id)); continue; }
    const optionCell = cell(col('option'));
    const option = text(optionCell);
    if (option) {
      const m = moduleFor(q.type);
      const known = m.traits.multiple && (m.options(q) ?? []).some((o) => o.code === option);
      if (!known) { r.problem(optionCell, messages.offline.unknownOption(id, option)); continue; }
      const mark = isBlank(answer) ? '' : String(answer).trim().toLowerCase();
      if (mark && !CHOSEN.has(mark) && !NOT_CHOSEN.has(mark)) { r.problem(answerCell, messages.offline.markChoice); continue; }
      const list = chosen.get(id) ?? [];
      if (CHOSEN.has(mark)) list.push(option);
      chosen.set(id, list);
      out.cells[id] ??= { sheet: ws.name, cell: answerCell.address };
      if (!isBlank(anders)) r.problem(andersCell, messages.offline.notForQuestion);
      if (!isBlank(toelichting)) r.problem(toelichtingCell, messages.offline.notForQuestion);
      continue;
    }
    if (seen.has(id)) { r.problem(idCell, messages.offline.duplicateQuestionRow(id)); continue; }
    seen.add(id);
    if (moduleFor(q.type).traits.multiple) {
      if (!isBlank(answer)) r.problem(answerCell, messages.offline.notForQuestion);
      chosen.set(id, chosen.get(id) ?? []);
    } else {
      out.input[id] = answerInput(q, answerCell, answer);
      out.cells[id] = { sheet: ws.name, cell: answerCell.address };
    }
    const extra = (field: string, open: boolean, c: Cell, value: PlainCell) => {
      if (open) {
        out.input[field] = isBlank(value) ? null : String(value);
        out.cells[field] = { sheet: ws.name, cell: c.address };
      } else if (!isBlank(value)) r.problem(c, messages.offline.notForQuestion);
    };
    extra(`${id}.anders`, hasOtherOption(q), andersCell, anders);
    extra(`${id}.toelichting`, q.explanation, toelichtingCell, toelichting);
  }
  for (const [id, codes] of chosen) out.input[id] = codes.length ? codes : null;
  out.problems.push(...r.problems);
}
