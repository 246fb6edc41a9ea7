/**
 * Last year's answers as a starting point (issue 17): what an organisation answered in the wave
 * before this one, shown beside each question; copying them writes new answers in this wave
 * (history channel 'vorig-jaar'), each carried until it is confirmed or changed. Only the
 * organisation's own answers (and those of gemeenten that merged into it) are ever read.
 */
import { submittedAnswersOf } from '../db/repos/carriedAnswers.ts';
import type { Wave } from '../db/schema.ts';
import { predecessorsOf } from '../domain/monitor/trend.ts';
import { moduleFor, type AnswerValue } from '../questions/index.ts';
import { questionsFor } from '../survey/model.ts';
import type { Services } from '../context.ts';
import type { ResponseView } from './responseView.ts';
import { waveLink } from './waveLinks.ts';

/** Last year's answer to one question of this year's questionnaire. */
export interface LastYearAnswer {
  /** As the form shows it: 'Mee bezig', 'Ja'. */
  text: string;
  value: AnswerValue;
  explanation: string | null;
}

export interface LastYear {
  wave: Wave;
  /** '2024': the year of the previous wave's survey. */
  year: number;
  responseId: number;
  /** This year's question id → last year's answer. */
  byQuestion: Record<string, LastYearAnswer>;
}

/** The organisation's submitted response in the previous wave (its own, else that of a gemeente merged into it). */
export async function lastYearFor(s: Services, v: Pick<ResponseView, 'wave' | 'survey' | 'organisation'>): Promise<LastYear | null> {
  const link = await waveLink(s, v.wave, v.survey);
  if (!link) return null;
  const found = (await submittedAnswersOf(s.db, link.previousWave.id, predecessorsOf(v.organisation.code, link.mergers)))[0];
  if (!found) return null;
  const byQuestion: Record<string, LastYearAnswer> = {};
  const before = new Map(link.previousSurvey.questions.map((q) => [q.id, q]));
  for (const q of questionsFor(v.survey, v.organisation.actor_kind)) {
    const from = link.continues.get(q.id);
    const old = from ? before.get(from) : undefined;
    const value = from === undefined ? undefined : found.answers[from];
    if (!old || value === undefined) continue;
    const note = found.answers[`${from}.toelichting`];
    byQuestion[q.id] = { text: moduleFor(old.type).format(old, value), value, explanation: typeof note === 'string' && note ? note : null };
  }
  return { wave: link.previousWave, year: link.previousSurvey.year, responseId: found.responseId, byQuestion };
}
