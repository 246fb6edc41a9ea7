/** Reads an uploaded offline questionnaire back into field inputs, with a problem per bad cell. */
import { moduleFor } from '../../questions/index.ts';
import { hasOtherOption, questionsFor, themesFor } from '../../survey/model.ts';
import type { Question, Survey } from '../../survey/schema.ts';
import { cellsOf, sheetNamed, text, type Grid, type GridSheet, type LocatedCell as Cell } from '../upload/grid.ts';
import { readUpload } from '../upload/readUpload.ts';
import { isBlank, type PlainCell } from './cells.ts';
import {
  CHOSEN, col, META_SHEET, NOT_CHOSEN, OFFLINE_FORMAT, offlineColumns, themeSheetName,
} from './offlineLayout.ts';
import type { Problem } from './problems.ts';
import { texts } from './texts.ts';

export interface CellRef {
  sheet: string;
  cell: string;
}

export interface OfflineUpload {
  baseVersion: number;
  /** Field id → value for parseCell (null = empty cell: clears the answer). */
  input: Record<string, unknown>;
  cells: Record<string, CellRef>;
  problems: Problem[];
  /** Set when the file was refused as a whole: 413 too big, 422 not readable, 503 busy. */
  status?: number;
}

export interface Expected {
  waveId: string;
  orgCode: string;
  survey: Survey;
  actor: string;
}

/** An upload refused as a whole (not a workbook, too big): the status to answer with. */
const fail = (message: string, status = 422): OfflineUpload => ({ baseVersion: 0, input: {}, cells: {}, problems: [{ message }], status });

function readMeta(grid: Grid): Record<string, string> | null {
  const ws = sheetNamed(grid, META_SHEET);
  if (!ws) return null;
  const meta: Record<string, string> = {};
  for (const row of ws.rows) {
    const cell = cellsOf(row, row.row);
    meta[text(cell(1))] = text(cell(2));
  }
  return meta.formaat === OFFLINE_FORMAT ? meta : null;
}

/** A '%'-formatted number (someone typed 45%) is a fraction; the questionnaire wants 0–100. */
const isPercentFormat = (fmt: string | undefined): boolean => Boolean(fmt && fmt.replace(/"[^"]*"/g, '').includes('%'));

function answerInput(q: Question, cell: Cell, value: PlainCell): unknown {
  if (isBlank(value)) return null;
  const options = moduleFor(q.type).options(q);
  if (options && typeof value === 'string') {
    const t = value.trim().toLowerCase();
    return options.find((o) => o.label.toLowerCase() === t)?.code ?? value;
  }
  if (q.type === 'percentage' && typeof value === 'number' && isPercentFormat(cell.numFmt)) return Math.round(value * 100 * 1e6) / 1e6;
  return value;
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

function readThemeSheet(ws: GridSheet, questions: Map<string, Question>, out: OfflineUpload): void {
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
      const known = q.type === 'meerkeuze' && q.options.some((o) => o.code === option);
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
    if (q.type === 'meerkeuze') {
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

const kindTexts = { wrongType: texts.notWorkbook, oldExcel: texts.oldExcel, broken: texts.brokenWorkbook };

export async function readOfflineWorkbook(buf: Buffer, expected: Expected): Promise<OfflineUpload> {
  const read = await readUpload('offline', buf, { accept: ['xlsx'], mode: 'value', texts: kindTexts });
  if (!read.ok) return fail(read.message, read.status);
  const { grid } = read;
  const meta = readMeta(grid);
  if (!meta) return fail(texts.notOffline);
  if (meta.uitvraag !== expected.waveId) return fail(texts.otherWave(meta.uitvraag ?? '?'));
  if (meta.organisatie !== expected.orgCode) return fail(texts.otherOrganisation(meta.organisatie ?? '?'));
  const version = Number(meta.versie);
  if (!Number.isInteger(version) || version < 0) return fail(texts.badVersion);
  const out: OfflineUpload = { baseVersion: version, input: {}, cells: {}, problems: [] };
  const questions = questionsFor(expected.survey, expected.actor);
  for (const theme of themesFor(expected.survey, expected.actor)) {
    const name = themeSheetName(theme);
    const ws = sheetNamed(grid, name);
    if (!ws) {
      out.problems.push({ message: texts.missingSheet(name) });
      continue;
    }
    readThemeSheet(ws, new Map(questions.filter((q) => q.theme === theme.id).map((q) => [q.id, q])), out);
  }
  return out;
}
