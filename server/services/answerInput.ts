import { messages } from '../messages.ts';
import { moduleFor, type AnswerValue } from '../questions/index.ts';
import type { Survey } from '../survey/schema.ts';
import { fieldMap, isApplicable, isFieldApplicable, type Answers, type Field } from '../survey/model.ts';
import { questionNumbers } from '../survey/numbers.ts';

export interface ParsedInput {
  /** New value per field (null = clear), including follow-ups cleared because they no longer apply. */
  values: Record<string, AnswerValue | null>;
  errors: Record<string, string>;
  /** Fields whose submitted value equals the value it was based on: the user did not change them. */
  untouched: string[];
  /** Follow-ups answered although their condition does not hold: ignored and cleared (form mode). */
  ignored: string[];
}

export interface ParseOptions {
  mode: 'form' | 'json' | 'cell';
  /** Only fields of this theme are accepted (a theme page). */
  theme?: string;
  current: Answers;
  /** The value each field was based on; a field equal to its base is untouched and never written. */
  base?: (field: string) => AnswerValue | null | undefined;
  /** GOV.UK's conditional reveal without JavaScript: answers to follow-ups that do not apply are dropped. */
  ignoreNotApplicable?: boolean;
}

export const sameValue = (a: AnswerValue | null | undefined, b: AnswerValue | null | undefined): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function notApplicableMessage(survey: Survey, actor: string, field: Field): string {
  const q = field.question;
  const other = field.role === 'anders' && 'options' in q ? q.options.find((o) => o.other) : undefined;
  if (other && (!q.condition || field.role === 'anders')) return messages.otherNotChosen(other.label);
  const trigger = q.condition && survey.questions.find((t) => t.id === q.condition!.question);
  if (!trigger) return messages.notApplicable;
  const labels = q.condition!.equals.map((c) => `‘${moduleFor(trigger.type).format(trigger, c)}’`).join(' of ');
  return messages.onlyAfter(labels, questionNumbers(survey, actor).get(trigger.id) ?? '');
}

const hasText = (raw: unknown): boolean => raw !== undefined && raw !== null && raw !== '' && !(Array.isArray(raw) && raw.length === 0);

/** Same rules for forms, the JSON API and spreadsheets: one place decides what an answer may be. */
export function parseAnswerInput(survey: Survey, actor: string, input: Record<string, unknown>, opts: ParseOptions): ParsedInput {
  const fields = fieldMap(survey, actor);
  const values: Record<string, AnswerValue | null> = {};
  const errors: Record<string, string> = {};
  const untouched: string[] = [];
  const ignored: string[] = [];
  for (const [id, raw] of Object.entries(input)) {
    const field = fields.get(id);
    if (!field) {
      errors[id] = messages.unknownQuestion;
      continue;
    }
    if (opts.theme && field.question.theme !== opts.theme) {
      errors[id] = messages.otherTheme;
      continue;
    }
    const m = field.module;
    const parse = opts.mode === 'form' ? m.parseForm : opts.mode === 'json' ? m.parseJson : m.parseCell;
    const result = parse(field.role === 'answer' ? field.question : { id, type: 'tekst', required: false }, raw);
    if (!result.ok) errors[id] = result.error;
    else if (opts.base && sameValue(result.value, opts.base(id))) untouched.push(id);
    else values[id] = result.value;
  }
  // Applicability follows what is stored plus this user's own changes, never a stale copy on the page.
  const merged: Answers = { ...opts.current };
  for (const [id, v] of Object.entries(values)) {
    if (v === null) delete merged[id];
    else merged[id] = v;
  }
  if (opts.ignoreNotApplicable) {
    // A hidden follow-up's value is dropped, even when it would have been invalid.
    for (const id of Object.keys(errors)) {
      const field = fields.get(id);
      if (!field || (opts.theme && field.question.theme !== opts.theme) || isApplicable(field.question, merged)) continue;
      delete errors[id];
      values[id] = null;
      if (field.role !== 'anders') ignored.push(id);
    }
  }
  for (const [id, v] of Object.entries(values)) {
    const field = fields.get(id)!;
    if (v === null || isFieldApplicable(field, merged)) continue;
    // An 'Andere …' text without its option is refused, not dropped: the user may have forgotten the tick.
    if (opts.ignoreNotApplicable && !isApplicable(field.question, merged)) {
      values[id] = null;
      if (field.role !== 'anders') ignored.push(id);
    } else {
      errors[id] = notApplicableMessage(survey, actor, field);
      delete values[id];
    }
  }
  // Stored follow-ups whose condition no longer holds are cleared (the history keeps them).
  for (const [id, field] of fields) {
    if (!(id in values) && !(id in errors) && opts.current[id] !== undefined && !isFieldApplicable(field, merged)) {
      values[id] = null;
      if (opts.ignoreNotApplicable && field.role !== 'anders' && hasText(input[id])) ignored.push(id);
    }
  }
  return { values, errors, untouched, ignored };
}
