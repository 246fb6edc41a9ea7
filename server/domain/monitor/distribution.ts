import { moduleFor, type AnswerValue } from '../../questions/index.ts';
import type { Question } from '../../survey/schema.ts';

export interface Distribution {
  codes: string[];
  labels: string[];
  n: number;
  counts: number[];
}

/** Counts per option through the question type's own aggregate (empty answers are not counted). */
export function distribution(q: Question, values: AnswerValue[]): Distribution {
  const agg = moduleFor(q.type).aggregate(q, values);
  // Fixed options, or the categories the type found in the data (a date's years).
  const options = (agg.kind === 'options' ? agg.categories : undefined) ?? moduleFor(q.type).options(q) ?? [];
  const byCode = agg.kind === 'options' ? agg.counts : {};
  return {
    codes: options.map((o) => o.code),
    labels: options.map((o) => o.label),
    n: agg.n,
    counts: options.map((o) => byCode[o.code] ?? 0),
  };
}

/** The most chosen option (first in order on a tie), or null when nobody answered. */
export function mostChosen(d: Distribution): { code: string; label: string } | null {
  let best = -1;
  d.counts.forEach((c, i) => { if (c > 0 && (best < 0 || c > d.counts[best]!)) best = i; });
  return best < 0 ? null : { code: d.codes[best]!, label: d.labels[best]! };
}
