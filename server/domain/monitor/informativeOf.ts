import type { ActorDef, Question } from '../../survey/schema.ts';
import { informativeStat } from './informative.ts';
import { segmentAppliesTo } from './segments.ts';
import type { TablesContext } from './tableContext.ts';
import { tableLayout } from './tableLayout.ts';
import type { InformativeStat } from './types.ts';

/** One informative or follow-up question of one actor kind. */
export function informativeOf(ctx: TablesContext, actor: ActorDef, q: Question): InformativeStat {
  const parentQ = q.condition ? tableLayout(ctx.survey).questionById.get(q.condition.question) : undefined;
  // A follow-up counts only where its condition holds (the tally applies it; the questionnaire clears it otherwise).
  const baseN = parentQ ? ctx.source.answered(parentQ.id, actor.id) : null;
  const options = { survey: ctx.survey, actor, segmented: ctx.segmented, baseN };
  const stat = informativeStat(q, ctx.source.values(q.id, actor.id), options);
  const empty = ctx.segmented && ctx.population !== null && segmentAppliesTo(ctx.survey, actor.id)
    && (ctx.population.get(actor.id) ?? 0) === 0;
  return { ...stat, empty };
}
