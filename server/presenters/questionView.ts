import { moduleFor, type AnswerValue, type OptionDef } from '../questions/index.ts';
import { fieldsOf, isApplicable, questionsFor, type Answers } from '../survey/model.ts';
import type { Question, Survey } from '../survey/schema.ts';

export interface FieldView {
  id: string;
  value: string | string[];
  error: string | null;
  conflict: string | null;
}

export interface QuestionView {
  number: number;
  question: Question;
  options: OptionDef[] | null;
  answer: FieldView;
  toelichting: FieldView | null;
  anders: FieldView | null;
  otherCodes: string[];
  applicable: boolean;
  conditionText: string | null;
  /** Stored answer as text, for the review and print pages. */
  display: string | null;
  displayToelichting: string | null;
  displayAnders: string | null;
}

export interface PageState {
  answers: Answers;
  /** Exactly what the user typed (re-shown after a validation error). */
  raw?: Record<string, unknown>;
  errors?: Record<string, string>;
  conflicts?: Record<string, AnswerValue | null>;
}

const rawToForm = (v: unknown): string | string[] =>
  Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);

function fieldView(id: string, q: Question, role: 'answer' | 'text', st: PageState, survey: Survey): FieldView {
  const m = role === 'answer' ? moduleFor(q.type) : moduleFor('tekst');
  const value = st.raw && id in st.raw ? rawToForm(st.raw[id]) : st.raw && !(id in st.raw) && Array.isArray(m.toFormValue(undefined)) ? [] : m.toFormValue(st.answers[id]);
  let conflict: string | null = null;
  if (st.conflicts && id in st.conflicts) {
    const theirs = st.conflicts[id];
    conflict = theirs === null || theirs === undefined ? '(leeg)' : role === 'answer' ? m.format(q, theirs) : String(theirs);
  }
  void survey;
  return { id, value, error: st.errors?.[id] ?? null, conflict };
}

function conditionText(q: Question, survey: Survey, numbers: Map<string, number>): string | null {
  if (!q.condition) return null;
  const target = survey.questions.find((t) => t.id === q.condition!.question);
  if (!target) return null;
  const labels = q.condition.equals.map((c) => `‘${moduleFor(target.type).format(target, c)}’`).join(' of ');
  return `Beantwoord deze vraag als u bij vraag ${numbers.get(target.id) ?? ''} ${labels} hebt gekozen.`;
}

/** View models of one theme's questions (or all when theme is null), for the form, review and print pages. */
export function questionViews(survey: Survey, actor: string, theme: string | null, st: PageState): QuestionView[] {
  const all = questionsFor(survey, actor);
  const numbers = new Map<string, number>();
  for (const t of survey.themes) all.filter((q) => q.theme === t.id).forEach((q, i) => numbers.set(q.id, i + 1));
  return all
    .filter((q) => theme === null || q.theme === theme)
    .map((q) => {
      const m = moduleFor(q.type);
      const fields = fieldsOf(q);
      const stored = (id: string) => st.answers[id];
      const text = (id: string) => (fields.some((f) => f.id === id) ? fieldView(id, q, 'text', st, survey) : null);
      const v = stored(q.id);
      const options = m.options(q);
      return {
        number: numbers.get(q.id) ?? 0,
        question: q,
        options,
        answer: fieldView(q.id, q, 'answer', st, survey),
        toelichting: text(`${q.id}.toelichting`),
        anders: text(`${q.id}.anders`),
        otherCodes: (options ?? []).filter((o) => o.other).map((o) => o.code),
        applicable: isApplicable(q, st.answers),
        conditionText: conditionText(q, survey, numbers),
        display: v === undefined ? null : m.format(q, v),
        displayToelichting: (stored(`${q.id}.toelichting`) as string | undefined) ?? null,
        displayAnders: (stored(`${q.id}.anders`) as string | undefined) ?? null,
      };
    });
}
