// What the explanations page asks for and gets back, and the questions and answers a query can pick.
import { moduleFor } from '../../questions/index.ts';
import type { Question, Survey } from '../../survey/schema.ts';
import type { SegmentFilter } from './types.ts';

export interface ExplanationQuery {
  theme?: string | undefined;
  actor?: string | undefined;
  /** Words to find in the explanation (case and accents ignored). */
  search?: string | undefined;
  /** One question only (a table row's explanations). */
  question?: string | undefined;
  /** Only explanations given with this answer (an option code; one of the chosen ones for multiple choice). */
  answer?: string | undefined;
  /**
   * The monitor's dimensions (inhabitants, province, region, urbanisation): only organisations in
   * the selection. National bodies are in none of its groups, so a chosen dimension leaves them out.
   */
  segment?: SegmentFilter | undefined;
}

export interface ExplanationItem {
  /** Only for staff; null for everyone else. */
  organisation: { code: string; name: string } | null;
  answer: string | null;
  text: string;
}

export interface ExplanationGroup {
  questionId: string;
  themeId: string;
  actorLabel: string;
  text: string;
  items: ExplanationItem[];
}

/** The questions with an explanation field that the query's theme, party and question keep. */
export function explanationQuestions(survey: Survey, query: ExplanationQuery): Question[] {
  return survey.questions.filter((q) => q.explanation
    && (!query.theme || q.theme === query.theme)
    && (!query.actor || q.actorKinds.includes(query.actor as never))
    && (!query.question || q.id === query.question));
}

/** The answers one can filter on: the options of those questions, each code once ('Mee bezig', 'Ja', …). */
export function explanationAnswerChoices(survey: Survey, query: ExplanationQuery): [string, string][] {
  const out = new Map<string, string>();
  for (const q of explanationQuestions(survey, query)) {
    for (const o of moduleFor(q.type).options(q) ?? []) if (!out.has(o.code)) out.set(o.code, o.label);
  }
  return [...out];
}
