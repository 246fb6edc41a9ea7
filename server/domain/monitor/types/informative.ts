import type { ActorId } from '../../../survey/schema.ts';

/** An informative or follow-up question: percentages of respondents, or number statistics. */
export interface InformativeStat {
  questionId: string;
  actor: ActorId;
  actorLabel: string;
  text: string;
  type: string;
  /** The definition's kind of question ('informatief', 'vervolg'). */
  kind: string;
  /** A follow-up: percentages on the base of the question it follows. */
  followUp: boolean;
  /** Follow-up: asked only after this answer to another question. */
  condition: { questionId: string; text: string; answers: string[] } | null;
  n: number;
  suppressed: boolean;
  /** The chosen segment holds no organisation of this kind at all. */
  empty: boolean;
  /** Choice questions (one or more answers): per option. */
  options: InformativeOption[] | null;
  /** Follow-ups: respondents of the question they follow (the report's base, e.g. 26% of all gemeenten). */
  baseN: number | null;
  /** Number questions: statistics over the given numbers (unrounded); null for choice questions. */
  numbers: { mean: number | null; median: number | null; min: number | null; max: number | null; unit: string | null } | null;
  multiple: boolean;
}

export interface InformativeOption {
  code: string;
  label: string;
  count: number | null;
  /** Of the respondents of this question (multiple answers: may add up to more than 100). */
  percent: number | null;
  /** Follow-ups: of the respondents of the question it follows. */
  percentOfBase: number | null;
  /** The same two with one decimal (the report's prose: 3,2%), for the API and the workbook. */
  percentOneDecimal: number | null;
  percentOfBaseOneDecimal: number | null;
}
