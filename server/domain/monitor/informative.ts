import { moduleFor, type AnswerValue } from '../../questions/index.ts';
import type { ActorDef, Question, Survey } from '../../survey/schema.ts';
import { distribution } from './distribution.ts';
import { roundPercent, roundPercentOneDecimal } from './rounding.ts';
import { MIN_GROUP_SIZE, type InformativeStat } from './types.ts';

export interface InformativeContext {
  survey: Survey;
  actor: ActorDef;
  segmented: boolean;
  /** Follow-ups: how many answered the question they follow (any answer). */
  baseN: number | null;
}

/** Choice questions as percentages of respondents; number questions as mean, median, minimum, maximum and n. */
export function informativeStat(q: Question, values: AnswerValue[], ctx: InformativeContext): InformativeStat {
  const agg = moduleFor(q.type).aggregate(q, values);
  const n = agg.n;
  const suppressed = ctx.segmented && !ctx.actor.single && n < MIN_GROUP_SIZE;
  const cond = q.condition ? ctx.survey.questions.find((c) => c.id === q.condition!.question) : undefined;
  const condOptions = cond ? moduleFor(cond.type).options(cond) ?? [] : [];
  const base: InformativeStat = {
    questionId: q.id,
    actor: ctx.actor.id,
    actorLabel: ctx.actor.labelPlural,
    text: q.text,
    type: q.type,
    kind: q.kind,
    followUp: q.role === 'followUp',
    condition: q.condition && cond
      ? { questionId: cond.id, text: cond.text, answers: q.condition.equals.map((c) => condOptions.find((o) => o.code === c)?.label ?? c) }
      : null,
    n,
    suppressed,
    empty: false, // the caller knows whether the segment holds organisations of this kind
    options: null,
    baseN: q.condition ? ctx.baseN : null,
    numbers: null,
    multiple: moduleFor(q.type).traits.multiple,
  };
  if (agg.kind === 'options') {
    const d = distribution(q, values);
    const baseN = base.baseN;
    base.options = d.codes.map((code, i) => ({
      code,
      label: d.labels[i]!,
      count: suppressed ? null : d.counts[i]!,
      percent: suppressed ? null : roundPercent(d.counts[i]!, n),
      percentOfBase: suppressed || baseN === null ? null : roundPercent(d.counts[i]!, baseN),
      percentOneDecimal: suppressed ? null : roundPercentOneDecimal(d.counts[i]!, n),
      percentOfBaseOneDecimal: suppressed || baseN === null ? null : roundPercentOneDecimal(d.counts[i]!, baseN),
    }));
  } else if (agg.kind === 'numbers') {
    base.numbers = suppressed
      ? { mean: null, median: null, min: null, max: null, unit: 'unit' in q ? q.unit ?? null : null }
      : { mean: agg.mean, median: agg.median, min: agg.min, max: agg.max, unit: 'unit' in q ? q.unit ?? null : null };
  }
  return base;
}
