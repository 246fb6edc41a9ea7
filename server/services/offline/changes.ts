/** Old → new per field, in words a respondent recognises (labels, not codes). */
import type { AnswerValue } from '../../questions/index.ts';
import type { Field } from '../../survey/model.ts';

export interface FieldChange {
  field: string;
  questionId: string;
  /** What the field is: the question text, or 'Toelichting' / 'Anders, namelijk'. */
  part: string;
  question: string;
  old: string | null;
  new: string | null;
}

export function formatValue(field: Field, value: AnswerValue | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return field.role === 'answer' ? field.module.format(field.question, value) : String(value);
}

export const partLabel = (field: Field): string =>
  field.role === 'answer' ? 'Antwoord' : field.role === 'toelichting' ? 'Toelichting' : 'Anders, namelijk';

export function describeChange(field: Field, old: AnswerValue | null | undefined, now: AnswerValue | null | undefined): FieldChange {
  return {
    field: field.id,
    questionId: field.question.id,
    part: partLabel(field),
    question: field.question.text,
    old: formatValue(field, old),
    new: formatValue(field, now),
  };
}
