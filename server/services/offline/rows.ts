/**
 * The rows of one question on a theme sheet of the offline questionnaire. The answer cell (value,
 * number format, validation, hint) is the question type's own (`sheet.cell`); a type with more
 * answers gets one row per option to mark with 'Ja'.
 */
import type { Worksheet } from 'exceljs';
import { moduleFor } from '../../questions/index.ts';
import { MAX_TEXT_LENGTH } from '../../questions/tekst.ts';
import { hasOtherOption, type Answers } from '../../survey/model.ts';
import type { Question, Survey } from '../../survey/schema.ts';
import { col } from './layout.ts';
import type { OptionLists } from './optionLists.ts';
import { addOptionRows, inputCell } from './optionRows.ts';

function conditionHint(survey: Survey, q: Question, numbers?: Map<string, string>): string | null {
  if (!q.condition) return null;
  const number = numbers?.get(q.condition.question);
  const target = survey.questions.find((t) => t.id === q.condition!.question);
  const options = target ? moduleFor(target.type).options(target) ?? [] : [];
  const labels = options.filter((o) => q.condition!.equals.includes(o.code)).map((o) => `‘${o.label}’`);
  const where = number ? `vraag ${number}` : q.condition.question;
  return `Alleen invullen als u bij ${where} ${labels.join(' of ') || q.condition.equals.join(' of ')} antwoordt.`;
}

/** numbers: the question numbers the respondent sees online ('Vraag 3'), shown instead of internal ids. */
export function addQuestion(
  ws: Worksheet, lists: OptionLists, survey: Survey, q: Question, answers: Answers, numbers?: Map<string, string>,
): void {
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
