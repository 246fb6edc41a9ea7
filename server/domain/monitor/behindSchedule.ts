import type { ActorDef, Question, Theme } from '../../survey/schema.ts';
import { isDue, parsePlanning } from './planning.ts';
import type { TablesContext } from './tableContext.ts';
import type { ActorTable, BehindScheduleItem } from './types.ts';

/**
 * A row for the behind-schedule list: behind on a due planning, or due without any answer (an
 * empty selection, with no organisations at all, has nothing to list).
 */
export function behindItem(
  ctx: TablesContext, theme: Theme, actor: ActorDef, q: Question, table: ActorTable, row: ActorTable['rows'][number],
): BehindScheduleItem | null {
  const plan = parsePlanning(q.planning);
  if (!plan) return null;
  const unanswered = row.n === 0 && !table.empty && isDue(plan, ctx.referenceDate);
  if (!row.behindSchedule && !unanswered) return null;
  return {
    questionId: q.id, actor: actor.id, actorLabel: actor.labelPlural, themeId: theme.id, themeTitle: theme.title,
    text: q.text, planning: q.planning!, dueDate: plan.due, expects: plan.expects,
    answer: row.chosen, n: row.n, behindPercent: row.behindPercent, unanswered,
  };
}
