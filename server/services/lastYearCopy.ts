// Copying last year's answers into this wave and confirming them: the write side of lastYear.ts.
import { CARRY_CHANNEL, clearCarried, markCarried } from '../db/repos/carriedAnswers.ts';
import { getOrCreateResponse, loadAnswers, writeChanges, type AnswerChange } from '../db/repos/responses.ts';
import { messages } from '../messages.ts';
import { moduleFor, type AnswerValue } from '../questions/index.ts';
import { fieldMap, isFieldApplicable, questionsFor, type Answers } from '../survey/model.ts';
import type { Question, Survey } from '../survey/schema.ts';
import { isoNow, type Services } from '../context.ts';
import { lastYearFor, type LastYear } from './lastYear.ts';
import { lockMessage } from './responseLock.ts';
import type { ResponseView } from './responseView.ts';

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
