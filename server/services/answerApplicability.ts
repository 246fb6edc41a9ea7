import { messages } from '../messages.ts';
import { moduleFor, type AnswerValue } from '../questions/index.ts';
import type { Survey } from '../survey/schema.ts';
import { isApplicable, isFieldApplicable, type Answers, type Field } from '../survey/model.ts';
import { questionNumbers } from '../survey/numbers.ts';

function notApplicableMessage(survey: Survey, actor: string, field: Field): string {
  const q = field.question;
  const other = field.role === 'anders' && 'options' in q ? q.options.find((o) => o.other) : undefined;
  if (other && (!q.condition || field.role === 'anders')) return messages.otherNotChosen(other.label);
  const trigger = q.condition && survey.questions.find((t) => t.id === q.condition!.question);
  if (!trigger) return messages.notApplicable;
  const labels = q.condition!.equals.map((c) => `‘${moduleFor(trigger.type).format(trigger, c)}’`).join(' of ');
  return messages.onlyAfter(labels, questionNumbers(survey, actor).get(trigger.id) ?? '');
}

const hasText = (raw: unknown): boolean =>
  raw !== undefined && raw !== null && raw !== '' && !(Array.isArray(raw) && raw.length === 0);

/** What the applicability pass needs of the caller's options (see ParseOptions in answerInput.ts). */
export interface ApplicabilityOptions {
  theme?: string;
  current: Answers;
  ignoreNotApplicable?: boolean;
}

/**
 * The second pass of parseAnswerInput, after every value is parsed: drops, refuses or clears answers to
 * follow-ups that do not apply. Changes `values`, `errors` and `ignored` in place.
 */
export function applyApplicability(
  survey: Survey,
  actor: string,
  fields: ReadonlyMap<string, Field>,
  input: Record<string, unknown>,
  opts: ApplicabilityOptions,
  parsed: { values: Record<string, AnswerValue | null>; errors: Record<string, string>; ignored: string[] },
): void {
  const { values, errors, ignored } = parsed;
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
}
