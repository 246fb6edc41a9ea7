/** Reads an uploaded offline questionnaire back into field inputs, with a problem per bad cell. */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { moduleFor } from '../../questions/index.ts';
import { hasOtherOption, questionsFor, themesFor } from '../../survey/model.ts';
import type { Question, Survey } from '../../survey/schema.ts';
import { cellString, isBlank, plainCell, type PlainCell } from './cells.ts';
import {
  CHOSEN, col, META_SHEET, NOT_CHOSEN, OFFLINE_FORMAT, offlineColumns, themeSheetName,
} from './offlineLayout.ts';
import type { Problem } from './problems.ts';
import { texts } from './texts.ts';
import { loadWorkbook, sniffFile } from './upload.ts';

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
}

export interface Expected {
  waveId: string;
  orgCode: string;
  survey: Survey;
  actor: string;
}

const fail = (message: string): OfflineUpload => ({ baseVersion: 0, input: {}, cells: {}, problems: [{ message }] });

function readMeta(wb: Workbook): Record<string, string> | null {
  const ws = wb.getWorksheet(META_SHEET);
  if (!ws) return null;
  const meta: Record<string, string> = {};
  ws.eachRow((row) => { meta[cellString(row.getCell(1).value)] = cellString(row.getCell(2).value); });
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
  constructor(private readonly ws: Worksheet) {}

  value(cell: Cell): PlainCell {
    const v = plainCell(cell.value);
    if (v !== null && typeof v === 'object' && 'formulaWithoutResult' in v) {
      this.problems.push({ sheet: this.ws.name, cell: cell.address, message: texts.formulaIgnored });
      return null;
    }
    return v as PlainCell;
  }

  problem(cell: Cell, message: string): void {
    this.problems.push({ sheet: this.ws.name, cell: cell.address, message });
  }

  headersOk(): boolean {
    const header = this.ws.getRow(1);
    let ok = true;
    offlineColumns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      const found = cellString(cell.value);
      if (found.toLowerCase() !== c.header.toLowerCase()) {
        this.problem(cell, texts.wrongHeader(c.header, found));
        ok = false;
      }
    });
    return ok;
  }
}

function readThemeSheet(ws: Worksheet, questions: Map<string, Question>, out: OfflineUpload): void {
  const r = new SheetReader(ws);
  if (!r.headersOk()) {
    out.problems.push(...r.problems);
    return;
  }
  const seen = new Set<string>();
  const chosen = new Map<string, string[]>();
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const idCell = row.getCell(col('id'));
    const id = cellString(idCell.value);
    const answerCell = row.getCell(col('answer'));
    const andersCell = row.getCell(col('anders'));
    const toelichtingCell = row.getCell(col('toelichting'));
    const answer = r.value(answerCell);
    const anders = r.value(andersCell);
    const toelichting = r.value(toelichtingCell);
    if (!id) {
      if (![answer, anders, toelichting].every(isBlank)) r.problem(idCell, texts.missingQuestionId);
      return;
    }
    const q = questions.get(id);
    if (!q) return r.problem(idCell, texts.unknownQuestionRow(id));
    const option = cellString(row.getCell(col('option')).value);
    if (option) {
      const known = q.type === 'meerkeuze' && q.options.some((o) => o.code === option);
      if (!known) return r.problem(row.getCell(col('option')), texts.unknownOption(id, option));
      const text = isBlank(answer) ? '' : String(answer).trim().toLowerCase();
      if (text && !CHOSEN.has(text) && !NOT_CHOSEN.has(text)) return r.problem(answerCell, texts.markChoice);
      const list = chosen.get(id) ?? [];
      if (CHOSEN.has(text)) list.push(option);
      chosen.set(id, list);
      out.cells[id] ??= { sheet: ws.name, cell: answerCell.address };
      if (!isBlank(anders)) r.problem(andersCell, texts.notForQuestion);
      if (!isBlank(toelichting)) r.problem(toelichtingCell, texts.notForQuestion);
      return;
    }
    if (seen.has(id)) return r.problem(idCell, texts.duplicateQuestionRow(id));
    seen.add(id);
    if (q.type === 'meerkeuze') {
      if (!isBlank(answer)) r.problem(answerCell, texts.notForQuestion);
      chosen.set(id, chosen.get(id) ?? []);
    } else {
      out.input[id] = answerInput(q, answerCell, answer);
      out.cells[id] = { sheet: ws.name, cell: answerCell.address };
    }
    const extra = (field: string, open: boolean, cell: Cell, value: PlainCell) => {
      if (open) {
        out.input[field] = isBlank(value) ? null : String(value);
        out.cells[field] = { sheet: ws.name, cell: cell.address };
      } else if (!isBlank(value)) r.problem(cell, texts.notForQuestion);
    };
    extra(`${id}.anders`, hasOtherOption(q), andersCell, anders);
    extra(`${id}.toelichting`, q.explanation, toelichtingCell, toelichting);
  });
  for (const [id, codes] of chosen) out.input[id] = codes.length ? codes : null;
  out.problems.push(...r.problems);
}

export async function readOfflineWorkbook(buf: Buffer, expected: Expected): Promise<OfflineUpload> {
  const kind = sniffFile(buf);
  if (kind === 'xls') return fail(texts.oldExcel);
  if (kind !== 'xlsx') return fail(texts.notWorkbook);
  const wb = await loadWorkbook(buf);
  if (!wb) return fail(texts.brokenWorkbook);
  const meta = readMeta(wb);
  if (!meta) return fail(texts.notOffline);
  if (meta.uitvraag !== expected.waveId) return fail(texts.otherWave(meta.uitvraag ?? '?'));
  if (meta.organisatie !== expected.orgCode) return fail(texts.otherOrganisation(meta.organisatie ?? '?'));
  const version = Number(meta.versie);
  if (!Number.isInteger(version) || version < 0) return fail(texts.badVersion);
  const out: OfflineUpload = { baseVersion: version, input: {}, cells: {}, problems: [] };
  const questions = questionsFor(expected.survey, expected.actor);
  for (const theme of themesFor(expected.survey, expected.actor)) {
    const name = themeSheetName(theme);
    const ws = wb.getWorksheet(name);
    if (!ws) {
      out.problems.push({ message: texts.missingSheet(name) });
      continue;
    }
    readThemeSheet(ws, new Map(questions.filter((q) => q.theme === theme.id).map((q) => [q.id, q])), out);
  }
  return out;
}
