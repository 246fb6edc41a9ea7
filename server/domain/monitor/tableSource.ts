import type { AnswerValue } from '../../questions/index.ts';

/**
 * What building the tables asks of a wave's answers under one filter, whoever counted them: the
 * streaming tally (tally.ts) in the app, an index of every answer in the comparison tests.
 */
export interface TableSource {
  /** The answers to a question by the organisations of this kind that count (follow-ups: where their condition holds). */
  values(questionId: string, actor: string): AnswerValue[];
  /** How many of those organisations answered the question at all, before any condition (a follow-up's base). */
  answered(questionId: string, actor: string): number;
  /** How many answered any question of this theme's table for their kind. */
  answeredTable(themeId: string, actor: string): number;
  /** How many have at least one answer that the tables count. */
  respondents(actor: string): number;
}
