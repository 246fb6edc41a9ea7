import { statusOptions } from '../../../server/questions/status.ts';
import type { ActorDef, Question } from '../../../server/survey/schema.ts';
import { suppressRow, tableRow } from '../../../server/domain/monitor/aggregate.ts';
import { segmentAppliesTo } from '../../../server/domain/monitor/segments.ts';
import { seen, type TablesContext } from './tableContext.ts';
import { MIN_GROUP_SIZE, type ActorTable } from '../../../server/domain/monitor/types.ts';
import { answersOf } from '../../../server/domain/monitor/waveData.ts';

/** One actor's table of a theme; n = organisations that answered any of its questions. */
export function actorTable(ctx: TablesContext, actor: ActorDef, questions: Question[]): ActorTable {
  const answered = new Set<string>();
  let rows = questions.map((q) => {
    const answers = answersOf(ctx.survey, ctx.data, q.id, actor.id, ctx.filter);
    for (const code of answers.keys()) answered.add(code);
    const options = { single: actor.single, segmented: ctx.segmented, referenceDate: ctx.referenceDate };
    return tableRow(q, [...answers.values()], options);
  });
  for (const code of answered) seen(ctx, actor.id).add(code);
  const suppressed = ctx.segmented && !actor.single && answered.size < MIN_GROUP_SIZE;
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
    n: answered.size,
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
