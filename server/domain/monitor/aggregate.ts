import { moduleFor, type AnswerValue } from '../../questions/index.ts';
import type { Question } from '../../survey/schema.ts';
import { answerIsBehind, isDue, parsePlanning } from './planning.ts';
import { percentages, roundPercent } from './rounding.ts';
import { MIN_GROUP_SIZE, type TableRow } from './types.ts';

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

export interface RowContext {
  single: boolean;
  /** A segment is chosen: groups under MIN_GROUP_SIZE are hidden. */
  segmented: boolean;
  referenceDate: string;
}

/** The most chosen option (first in order on a tie), or null when nobody answered. */
export function mostChosen(d: Distribution): { code: string; label: string } | null {
  let best = -1;
  d.counts.forEach((c, i) => { if (c > 0 && (best < 0 || c > d.counts[best]!)) best = i; });
  return best < 0 ? null : { code: d.codes[best]!, label: d.labels[best]! };
}

/** One row of a report table from the answers of the organisations that count. */
export function tableRow(q: Question, values: AnswerValue[], ctx: RowContext): TableRow {
  const d = distribution(q, values);
  const suppressed = ctx.segmented && !ctx.single && d.n < MIN_GROUP_SIZE;
  const chosen = ctx.single && d.n === 1 ? mostChosen(d) : null;
  const plan = parsePlanning(q.planning);
  const due = plan !== null && isDue(plan, ctx.referenceDate);
  const behindCount = due ? d.codes.reduce((sum, code, i) => sum + (answerIsBehind(q.type, code, plan!.expects) ? d.counts[i]! : 0), 0) : 0;
  return {
    questionId: q.id,
    text: q.text,
    planning: q.planning,
    isYesNo: moduleFor(q.type).traits.yesNo,
    cellCodes: d.codes,
    cellLabels: d.labels,
    n: d.n,
    cells: suppressed ? d.codes.map(() => null) : percentages(d.counts, d.n),
    counts: suppressed ? null : d.counts,
    chosen,
    behindSchedule: !suppressed && behindCount > 0,
    behindPercent: ctx.single || suppressed || !due ? null : roundPercent(behindCount, d.n),
    suppressed,
    agreementKey: q.agreementKey ?? null,
    agreementDiffers: false,
    parallelKey: q.parallelKey ?? null,
    themeRef: q.themeRef ?? null,
  };
}

/** Hides a row's figures (its table is below the minimum group size). */
export const suppressRow = (row: TableRow): TableRow => ({
  ...row,
  cells: row.cells.map(() => null),
  counts: null,
  behindSchedule: false,
  behindPercent: null,
  suppressed: true,
});

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
