import { messages } from '../messages.ts';
import type { AnswerValue } from '../questions/index.ts';
import type { Survey } from '../survey/schema.ts';
import { fieldMap, type Answers } from '../survey/model.ts';
import { applyApplicability } from './answerApplicability.ts';

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

/** Same rules for forms, the JSON API and spreadsheets: one place decides what an answer may be. */
export function parseAnswerInput(
  survey: Survey, actor: string, input: Record<string, unknown>, opts: ParseOptions,
): ParsedInput {
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
  applyApplicability(survey, actor, fields, input, opts, { values, errors, ignored });
  return { values, errors, untouched, ignored };
}
