// Per actor kind, what each stored field means to the tables: read once per survey and kind.
import type { AnswerValue } from '../../questions/index.ts';
import type { Question, Survey } from '../../survey/schema.ts';
import { isTableRow } from './tableContext.ts';

export interface FieldPlan {
  field: string;
  /** The theme whose table this question is a row of; null for informative questions and bare parents. */
  tableTheme: string | null;
  /** Whether its answers are counted (a table row or an informative question). */
  counted: boolean;
  /** A follow-up: counted only where the answer to `parent` holds the condition. */
  followUp: { parent: string; holds: (parentAnswer: AnswerValue) => boolean } | null;
}

/** Whether the answer a follow-up depends on is one of the answers that open it. */
export function conditionHolds(q: Question, parentAnswer: AnswerValue | undefined): boolean {
  if (parentAnswer === undefined) return false;
  const chosen = Array.isArray(parentAnswer) ? parentAnswer : [String(parentAnswer)];
  return q.condition!.equals.some((c) => chosen.includes(c));
}

/** The fields of one actor kind's questions, and the questions their follow-ups depend on (kept per survey by tallySlots.ts). */
export function planOf(survey: Survey, actor: string): Map<string, FieldPlan> {
  const plan = new Map<string, FieldPlan>();
  const byId = new Map(survey.questions.map((q) => [q.id, q]));
  for (const q of survey.questions) {
    if (!q.actorKinds.includes(actor)) continue;
    const table = isTableRow(q);
    // As the tables always did: only informative questions are narrowed by their condition.
    const parent = !table && q.condition ? byId.get(q.condition.question) : undefined;
    plan.set(q.id, {
      field: q.id,
      tableTheme: table ? q.theme : null,
      counted: true,
      followUp: parent ? { parent: parent.id, holds: (v) => conditionHolds(q, v) } : null,
    });
    if (parent && !plan.has(parent.id)) plan.set(parent.id, { field: parent.id, tableTheme: null, counted: false, followUp: null });
  }
  return plan;
}
