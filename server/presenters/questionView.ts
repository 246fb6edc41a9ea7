import { moduleFor, type AnswerValue, type OptionDef } from '../questions/index.ts';
import type { ControlView } from '../questions/types.ts';
import { fieldsOf, isApplicable, questionsFor, type Answers } from '../survey/model.ts';
import type { Question, Survey } from '../survey/schema.ts';
import { questionNumbers } from '../survey/numbers.ts';

export interface FieldView {
  id: string;
  value: string | string[];
  error: string | null;
  /** A colleague's conflicting value as text ('(leeg)' when cleared), null without a conflict. */
  conflict: string | null;
  /** The user's own value in that conflict, as text. */
  conflictMine: string | null;
}

export interface QuestionView {
  number: string;
  question: Question;
  options: OptionDef[] | null;
  /** How the type's control looks (prefix, suffix, multiple, inputmode, maxlength). */
  view: ControlView;
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
  conflicts?: Record<string, { mine: AnswerValue | null; theirs: AnswerValue | null }>;
}

const rawToForm = (v: unknown): string | string[] =>
  Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);

function fieldView(id: string, q: Question, role: 'answer' | 'text', st: PageState): FieldView {
  const m = role === 'answer' ? moduleFor(q.type) : moduleFor('tekst');
  const value = st.raw && id in st.raw ? rawToForm(st.raw[id]) : m.toFormValue(st.answers[id]);
  const text = (v: AnswerValue | null | undefined) =>
    v === null || v === undefined ? '(leeg)' : role === 'answer' ? m.format(q, v) : String(v);
  const c = st.conflicts?.[id];
  return { id, value, error: st.errors?.[id] ?? null, conflict: c ? text(c.theirs) : null, conflictMine: c ? text(c.mine) : null };
}

function conditionText(q: Question, survey: Survey, numbers: Map<string, string>): string | null {
  if (!q.condition) return null;
  const target = survey.questions.find((t) => t.id === q.condition!.question);
  if (!target) return null;
  const labels = q.condition.equals.map((c) => `‘${moduleFor(target.type).format(target, c)}’`).join(' of ');
  return `Beantwoord deze vraag als u bij vraag ${numbers.get(target.id) ?? ''} ${labels} hebt gekozen.`;
}

/** View models of one theme's questions (or all when theme is null), for the form, review and print pages. */
export function questionViews(survey: Survey, actor: string, theme: string | null, st: PageState): QuestionView[] {
  const all = questionsFor(survey, actor);
  const numbers = questionNumbers(survey, actor);
  return all
    .filter((q) => theme === null || q.theme === theme)
    .map((q) => {
      const m = moduleFor(q.type);
      const fields = fieldsOf(q);
      const stored = (id: string) => st.answers[id];
      const text = (id: string) => (fields.some((f) => f.id === id) ? fieldView(id, q, 'text', st) : null);
      const v = stored(q.id);
      const options = m.options(q);
      return {
        number: numbers.get(q.id) ?? '',
        question: q,
        options,
        view: m.view(q),
        answer: fieldView(q.id, q, 'answer', st),
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
