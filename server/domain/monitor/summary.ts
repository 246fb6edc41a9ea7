import { moduleFor, type AnswerValue } from '../../questions/index.ts';
import type { Question } from '../../survey/schema.ts';
import { distribution } from './distribution.ts';
import { percentages } from './rounding.ts';
import { MIN_GROUP_SIZE } from './types.ts';

/** A group's answers to one question, whatever its type (benchmark, region against its municipalities). */
export type Summary =
  | { kind: 'options'; multiple: boolean; n: number; codes: string[]; labels: string[]; cells: (number | null)[]; suppressed: boolean }
  | { kind: 'numbers'; n: number; mean: number | null; median: number | null; min: number | null; max: number | null; suppressed: boolean }
  | { kind: 'texts'; n: number; suppressed: boolean };

/** Summarises one group; `small` groups (a segment) under MIN_GROUP_SIZE show no figures. */
export function summarise(q: Question, values: AnswerValue[], small: boolean): Summary {
  const agg = moduleFor(q.type).aggregate(q, values);
  const suppressed = small && agg.n < MIN_GROUP_SIZE;
  if (agg.kind === 'options') {
    const d = distribution(q, values);
    return {
      kind: 'options', multiple: moduleFor(q.type).traits.multiple, n: d.n, codes: d.codes, labels: d.labels,
      cells: suppressed ? d.codes.map(() => null) : percentages(d.counts, d.n), suppressed,
    };
  }
  if (agg.kind === 'numbers') {
    return suppressed
      ? { kind: 'numbers', n: agg.n, mean: null, median: null, min: null, max: null, suppressed }
      : { kind: 'numbers', n: agg.n, mean: agg.mean, median: agg.median, min: agg.min, max: agg.max, suppressed };
  }
  return { kind: 'texts', n: agg.n, suppressed };
}
