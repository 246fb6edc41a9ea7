import type { AnswerValue } from '../../../server/questions/index.ts';
import type { ActorDef, Question } from '../../../server/survey/schema.ts';
import { informativeStat } from '../../../server/domain/monitor/informative.ts';
import { segmentAppliesTo } from '../../../server/domain/monitor/segments.ts';
import { seen, type TablesContext } from './tableContext.ts';
import type { InformativeStat } from '../../../server/domain/monitor/types.ts';
import { answersOf } from '../../../server/domain/monitor/waveData.ts';

function conditionHolds(q: Question, parentAnswer: AnswerValue | undefined): boolean {
  if (parentAnswer === undefined) return false;
  const chosen = Array.isArray(parentAnswer) ? parentAnswer : [String(parentAnswer)];
  return q.condition!.equals.some((c) => chosen.includes(c));
}

/** One informative or follow-up question of one actor kind. */
export function informativeOf(ctx: TablesContext, actor: ActorDef, q: Question): InformativeStat {
  const answers = answersOf(ctx.survey, ctx.data, q.id, actor.id, ctx.filter);
  const parentQ = q.condition ? ctx.survey.questions.find((c) => c.id === q.condition!.question) : undefined;
  const parent = parentQ ? answersOf(ctx.survey, ctx.data, parentQ.id, actor.id, ctx.filter) : null;
  // A follow-up counts only where its condition holds (the questionnaire clears it otherwise; this guards old data).
  if (parent) for (const code of answers.keys()) if (!conditionHolds(q, parent.get(code))) answers.delete(code);
  for (const code of answers.keys()) seen(ctx, actor.id).add(code);
  const options = { survey: ctx.survey, actor, segmented: ctx.segmented, baseN: parent ? parent.size : null };
  const stat = informativeStat(q, [...answers.values()], options);
  const empty = ctx.segmented && ctx.population !== null && segmentAppliesTo(ctx.survey, actor.id)
    && (ctx.population.get(actor.id) ?? 0) === 0;
  return { ...stat, empty };
}
