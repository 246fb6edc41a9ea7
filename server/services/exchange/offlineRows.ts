/**
 * The rows of one question on a theme sheet of the offline questionnaire. The answer cell (value,
 * number format, validation, hint) is the question type's own (`sheet.cell`); a type with more
 * answers gets one row per option to mark with 'Ja'.
 */
import type ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { moduleFor, type OptionDef } from '../../questions/index.ts';
import { MAX_TEXT_LENGTH } from '../../questions/tekst.ts';
import { hasOtherOption, type Answers } from '../../survey/model.ts';
import type { Question, Survey } from '../../survey/schema.ts';
import { col, LISTS_SHEET } from './offlineLayout.ts';
import { CLOSED_FILL, INPUT_FILL, solid } from './sheetStyle.ts';

/** One column per distinct option list on the hidden sheet; drop-downs refer to it. */
export class OptionLists {
  private readonly ranges = new Map<string, string>();
  constructor(private readonly ws: Worksheet) {}
  listRange(options: OptionDef[]): string {
    const labels = options.map((o) => o.label);
    const key = labels.join('\u0000');
    let range = this.ranges.get(key);
    if (!range) {
      const c = this.ranges.size + 1;
      labels.forEach((l, i) => { this.ws.getCell(i + 1, c).value = l; });
      const letter = this.ws.getColumn(c).letter;
      range = `${LISTS_SHEET}!$${letter}$1:$${letter}$${labels.length}`;
      this.ranges.set(key, range);
    }
    return range;
  }
}

function conditionHint(survey: Survey, q: Question, numbers?: Map<string, number>): string | null {
  if (!q.condition) return null;
  const number = numbers?.get(q.condition.question);
  const target = survey.questions.find((t) => t.id === q.condition!.question);
  const options = target ? moduleFor(target.type).options(target) ?? [] : [];
  const labels = options.filter((o) => q.condition!.equals.includes(o.code)).map((o) => `‘${o.label}’`);
  return `Alleen invullen als u bij ${number ? `vraag ${number}` : q.condition.question} ${labels.join(' of ') || q.condition.equals.join(' of ')} antwoordt.`;
}

function inputCell(ws: Worksheet, row: number, column: number, open: boolean): ExcelJS.Cell {
  const cell = ws.getCell(row, column);
  cell.fill = solid(open ? INPUT_FILL : CLOSED_FILL);
  cell.protection = { locked: !open };
  cell.alignment = { vertical: 'top', wrapText: true };
  return cell;
}

function addOptionRows(ws: Worksheet, q: Question, options: OptionDef[], value: unknown): void {
  const chosen = Array.isArray(value) ? value : [];
  for (const o of options) {
    const optionRow = ws.addRow([]);
    optionRow.getCell(col('id')).value = q.id;
    optionRow.getCell(col('option')).value = o.code;
    optionRow.getCell(col('question')).value = `   – ${o.label}`;
    const cell = inputCell(ws, optionRow.number, col('answer'), true);
    cell.value = chosen.includes(o.code) ? 'Ja' : null;
    cell.dataValidation = {
      type: 'list', allowBlank: true, formulae: ['"Ja,Nee"'], showErrorMessage: true, error: 'Kies Ja of laat leeg.',
    };
    for (const key of ['anders', 'toelichting'] as const) inputCell(ws, optionRow.number, col(key), false);
  }
}

/** numbers: the question numbers the respondent sees online ('Vraag 3'), shown instead of internal ids. */
export function addQuestion(ws: Worksheet, lists: OptionLists, survey: Survey, q: Question, answers: Answers, numbers?: Map<string, number>): void {
  const m = moduleFor(q.type);
  const multiple = m.traits.multiple;
  const value = answers[q.id];
  const sheet = m.sheet.cell(q, value, lists);
  const condition = conditionHint(survey, q, numbers);
  // The 'more answers' hint leads: it says how to read the rows below.
  const hints = multiple ? [sheet.hint, condition, q.help ?? null] : [condition, sheet.hint, q.help ?? null];
  const row = ws.addRow([]);
  row.getCell(col('id')).value = q.id;
  const number = numbers?.get(q.id);
  row.getCell(col('question')).value = number ? `Vraag ${number}. ${q.text}` : q.text;
  row.getCell(col('planning')).value = q.planning;
  row.getCell(col('help')).value = hints.filter(Boolean).join(' ') || null;
  row.alignment = { vertical: 'top', wrapText: true };
  const answer = inputCell(ws, row.number, col('answer'), !multiple);
  if (!multiple) {
    answer.value = sheet.value;
    if (sheet.numFmt) answer.numFmt = sheet.numFmt;
    if (sheet.dataValidation) answer.dataValidation = sheet.dataValidation;
  }
  const anders = inputCell(ws, row.number, col('anders'), hasOtherOption(q));
  if (hasOtherOption(q)) anders.value = (answers[`${q.id}.anders`] as string | undefined) ?? null;
  const toelichting = inputCell(ws, row.number, col('toelichting'), q.explanation);
  if (q.explanation) {
    toelichting.value = (answers[`${q.id}.toelichting`] as string | undefined) ?? null;
    toelichting.dataValidation = {
      type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, formulae: [MAX_TEXT_LENGTH],
      showErrorMessage: true, errorTitle: 'Te lang', error: `Gebruik maximaal ${MAX_TEXT_LENGTH} tekens.`,
    };
  }
  if (multiple) addOptionRows(ws, q, m.options(q) ?? [], value);
}
