import { messages } from '../messages.ts';
import type { AnswerValue } from '../questions/index.ts';
import type { Survey } from '../survey/schema.ts';
import { fieldMap, isFieldApplicable, type Answers } from '../survey/model.ts';

export interface ParsedInput {
  /** New value per field (null = clear), including follow-ups cleared because they no longer apply. */
  values: Record<string, AnswerValue | null>;
  errors: Record<string, string>;
}

export interface ParseOptions {
  mode: 'form' | 'json' | 'cell';
  /** Only fields of this theme are accepted (a theme page). */
  theme?: string;
  current: Answers;
}

/** Same rules for forms, the JSON API and spreadsheets: one place decides what an answer may be. */
export function parseAnswerInput(survey: Survey, actor: string, input: Record<string, unknown>, opts: ParseOptions): ParsedInput {
  const fields = fieldMap(survey, actor);
  const values: Record<string, AnswerValue | null> = {};
  const errors: Record<string, string> = {};
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
    if (result.ok) values[id] = result.value;
    else errors[id] = result.error;
  }
  const merged: Answers = { ...opts.current };
  for (const [id, v] of Object.entries(values)) {
    if (v === null) delete merged[id];
    else merged[id] = v;
  }
  for (const [id, v] of Object.entries(values)) {
    const field = fields.get(id)!;
    if (v === null || errors[id] || isFieldApplicable(field, merged)) continue;
    const other = field.role === 'anders' && 'options' in field.question ? field.question.options.find((o) => o.other) : undefined;
    errors[id] = other ? messages.otherNotChosen(other.label) : messages.notApplicable;
  }
  // Stored follow-ups whose condition no longer holds are cleared (the history keeps them).
  for (const [id, field] of fields) {
    if (!(id in values) && opts.current[id] !== undefined && !isFieldApplicable(field, merged)) values[id] = null;
  }
  return { values, errors };
}

export const sameValue = (a: AnswerValue | null | undefined, b: AnswerValue | null | undefined): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
