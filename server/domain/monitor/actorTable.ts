import { statusOptions } from '../../questions/status.ts';
import type { ActorDef, Question } from '../../survey/schema.ts';
import { suppressRow, tableRow } from './aggregate.ts';
import { segmentAppliesTo } from './segments.ts';
import type { TablesContext } from './tableContext.ts';
import { MIN_GROUP_SIZE, type ActorTable } from './types.ts';

/** One actor's table of a theme; n = organisations that answered any of its questions. */
export function actorTable(ctx: TablesContext, actor: ActorDef, themeId: string, questions: Question[]): ActorTable {
  const answered = ctx.source.answeredTable(themeId, actor.id);
  const options = { single: actor.single, segmented: ctx.segmented, referenceDate: ctx.referenceDate };
  let rows = questions.map((q) => tableRow(q, ctx.source.values(q.id, actor.id), options));
  const suppressed = ctx.segmented && !actor.single && answered < MIN_GROUP_SIZE;
  if (suppressed) rows = rows.map(suppressRow);
  const segmentApplies = segmentAppliesTo(ctx.survey, actor.id);
  const organisations = ctx.segmented && segmentApplies && ctx.population ? (ctx.population.get(actor.id) ?? 0) : null;
  // Columns from the first question that is not yes/no (progress states or the five-point scale).
  const model = rows.find((r) => !r.isYesNo);
  const role = questions.every((q) => q.role === 'experience') ? 'experience' : 'agreement';
  return {
    actor: actor.id,
    role,
    kind: (questions.find((q) => q.role === role) ?? questions[0]!).kind,
    label: actor.labelPlural,
    single: actor.single,
    n: answered,
    columns: model ? model.cellLabels : statusOptions.map((o) => o.label),
    columnCodes: model ? model.cellCodes : statusOptions.map((o) => o.code),
    hasYesNo: rows.some((r) => r.isYesNo),
    segmentApplies,
    suppressed,
    organisations,
    empty: organisations === 0,
    rows,
  };
}
