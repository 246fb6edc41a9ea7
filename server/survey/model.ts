// The model every channel reads: fields, conditions and required questions of a survey per actor kind.
import { moduleFor, type AnswerValue, type QuestionModule } from '../questions/index.ts';
import { tekst } from '../questions/tekst.ts';
import type { Question, Survey, Theme } from './schema.ts';

export type Answers = Record<string, AnswerValue>;

/** A form field: the question itself, its explanation, or the text of an 'Andere …' option. */
export interface Field {
  id: string;
  question: Question;
  role: 'answer' | 'toelichting' | 'anders';
  module: QuestionModule;
}

export const questionsFor = (survey: Survey, actor: string): Question[] =>
  survey.questions.filter((q) => q.actorKinds.includes(actor));

export function themesFor(survey: Survey, actor: string): Theme[] {
  const used = new Set(questionsFor(survey, actor).map((q) => q.theme));
  return survey.themes.filter((t) => used.has(t.id));
}

export const hasOtherOption = (q: Question): boolean => 'options' in q && q.options.some((o) => o.other === true);

export function fieldsOf(q: Question): Field[] {
  const fields: Field[] = [{ id: q.id, question: q, role: 'answer', module: moduleFor(q.type) }];
  if (hasOtherOption(q)) fields.push({ id: `${q.id}.anders`, question: q, role: 'anders', module: tekst });
  if (q.explanation) fields.push({ id: `${q.id}.toelichting`, question: q, role: 'toelichting', module: tekst });
  return fields;
}

const fieldCache = new WeakMap<Survey, Map<string, Map<string, Field>>>();

/** Every field an organisation of this actor kind may answer, by field id. */
export function fieldMap(survey: Survey, actor: string): Map<string, Field> {
  let perActor = fieldCache.get(survey);
  if (!perActor) fieldCache.set(survey, (perActor = new Map()));
  let map = perActor.get(actor);
  if (!map) {
    map = new Map(questionsFor(survey, actor).flatMap(fieldsOf).map((f) => [f.id, f]));
    perActor.set(actor, map);
  }
  return map;
}

const selected = (value: AnswerValue | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [String(value)];

/** A follow-up applies only when its condition's answer is among the given codes. */
export function isApplicable(q: Question, answers: Answers): boolean {
  if (!q.condition) return true;
  const chosen = selected(answers[q.condition.question]);
  return q.condition.equals.some((c) => chosen.includes(c));
}

export function isFieldApplicable(f: Field, answers: Answers): boolean {
  if (!isApplicable(f.question, answers)) return false;
  if (f.role !== 'anders' || !('options' in f.question)) return true;
  const others = f.question.options.filter((o) => o.other).map((o) => o.code);
  return selected(answers[f.question.id]).some((c) => others.includes(c));
}

export function missingRequired(survey: Survey, actor: string, answers: Answers): Question[] {
  return questionsFor(survey, actor).filter((q) => q.required && isApplicable(q, answers) && answers[q.id] === undefined);
}

/** What an open required question does to a submit: the question's own choice, else the survey's. */
export const openAtSubmit = (survey: Survey, q: Question): 'refuse' | 'confirm' => q.openAtSubmit ?? survey.openAtSubmit;

/**
 * The open required questions split by the definition's choice: `blocking` ones refuse the submit,
 * `toConfirm` ones are named and the respondent confirms submitting without them.
 */
export function openAtSubmitOf(survey: Survey, actor: string, answers: Answers): { blocking: Question[]; toConfirm: Question[] } {
  const open = missingRequired(survey, actor, answers);
  return {
    blocking: open.filter((q) => openAtSubmit(survey, q) === 'refuse'),
    toConfirm: open.filter((q) => openAtSubmit(survey, q) === 'confirm'),
  };
}
