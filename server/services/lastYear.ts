/**
 * Last year's answers as a starting point (issue 17): what an organisation answered in the wave
 * before this one, shown beside each question; copying them writes new answers in this wave
 * (history channel 'vorig-jaar'), each carried until it is confirmed or changed. Only the
 * organisation's own answers (and those of gemeenten that merged into it) are ever read.
 */
import { CARRY_CHANNEL, clearCarried, markCarried, submittedAnswersOf } from '../db/repos/carriedAnswers.ts';
import { getOrCreateResponse, loadAnswers, writeChanges, type AnswerChange } from '../db/repos/responses.ts';
import type { Wave } from '../db/schema.ts';
import { messages } from '../messages.ts';
import { moduleFor, type AnswerValue } from '../questions/index.ts';
import { fieldMap, isFieldApplicable, questionsFor, type Answers } from '../survey/model.ts';
import type { Question, Survey } from '../survey/schema.ts';
import { isoNow, type Services } from '../context.ts';
import { lockMessage, type ResponseView } from './responseView.ts';
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
  const codes = [v.organisation.code, ...[...link.mergers].filter(([, to]) => to === v.organisation.code).map(([from]) => from)];
  const found = (await submittedAnswersOf(s.db, link.previousWave.id, codes))[0];
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

/** Last year's value as an answer to this year's question, or null when it no longer fits (an option that went). */
function fits(q: Question, value: AnswerValue): AnswerValue | null {
  const parsed = moduleFor(q.type).parseJson(q, value);
  return parsed.ok ? parsed.value : null;
}

/** The answers a copy would add: questions without an answer now, whose follow-up condition holds afterwards. */
export function copyPlan(survey: Survey, actor: string, current: Answers, last: LastYear): AnswerChange[] {
  const next: Answers = { ...current };
  const added: string[] = [];
  for (const q of questionsFor(survey, actor)) {
    const old = last.byQuestion[q.id];
    if (!old || current[q.id] !== undefined) continue;
    const value = fits(q, old.value);
    if (value === null) continue;
    next[q.id] = value;
    added.push(q.id);
  }
  const fields = fieldMap(survey, actor);
  return added.filter((id) => isFieldApplicable(fields.get(id)!, next)).map((id) => ({ field: id, old: null, new: next[id]! }));
}

export type CopyResult = { ok: true; copied: number } | { ok: false; message: string };

/** 'Antwoorden van vorig jaar overnemen': new answers in this wave, never over an answer given this year. */
export async function copyLastYear(s: Services, v: ResponseView, userId: number): Promise<CopyResult> {
  const locked = lockMessage(v);
  if (locked) return { ok: false, message: locked };
  const last = await lastYearFor(s, v);
  if (!last) return { ok: false, message: messages.lastYear.nothingToCopy };
  return s.db.transaction().execute(async (trx) => {
    const now = isoNow(s);
    const response = await getOrCreateResponse(trx, v.wave.id, v.organisation.code, now);
    const changes = copyPlan(v.survey, v.organisation.actor_kind, await loadAnswers(trx, response.id), last);
    if (changes.length === 0) return { ok: true, copied: 0 } as const;
    await writeChanges(trx, response.id, changes, response.version + 1, userId, CARRY_CHANNEL, now);
    await markCarried(trx, response.id, last.responseId, changes.map((c) => c.field), now);
    return { ok: true, copied: changes.length } as const;
  });
}

/** Confirms copied answers as they are (`fields` of them, or all): from now on they count. */
export async function confirmCarried(s: Services, v: ResponseView, fields?: readonly string[]): Promise<number> {
  if (!v.response || lockMessage(v)) return 0;
  const wanted = fields ? fields.filter((f) => v.carried.includes(f)) : undefined;
  return clearCarried(s.db, v.response.id, wanted);
}
