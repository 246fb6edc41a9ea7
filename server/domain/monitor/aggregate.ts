import { moduleFor, type AnswerValue } from '../../questions/index.ts';
import type { Question } from '../../survey/schema.ts';
import { distribution, mostChosen } from './distribution.ts';
import { answerIsBehind, isDue, parsePlanning } from './planning.ts';
import { percentages, roundPercent, roundPercentOneDecimal } from './rounding.ts';
import { MIN_GROUP_SIZE, type TableRow } from './types.ts';

export interface RowContext {
  single: boolean;
  /** A segment is chosen: groups under MIN_GROUP_SIZE are hidden. */
  segmented: boolean;
  referenceDate: string;
}

/** One row of a report table from the answers of the organisations that count. */
export function tableRow(q: Question, values: AnswerValue[], ctx: RowContext): TableRow {
  const d = distribution(q, values);
  const suppressed = ctx.segmented && !ctx.single && d.n < MIN_GROUP_SIZE;
  const chosen = ctx.single && d.n === 1 ? mostChosen(d) : null;
  const plan = parsePlanning(q.planning);
  const due = plan !== null && isDue(plan, ctx.referenceDate);
  const behindCount = due
    ? d.codes.reduce((sum, code, i) => sum + (answerIsBehind(q.type, code, plan!.expects) ? d.counts[i]! : 0), 0)
    : 0;
  return {
    questionId: q.id,
    text: q.text,
    planning: q.planning,
    isYesNo: moduleFor(q.type).traits.yesNo,
    cellCodes: d.codes,
    cellLabels: d.labels,
    n: d.n,
    cells: suppressed ? d.codes.map(() => null) : percentages(d.counts, d.n),
    cellsOneDecimal: suppressed ? d.codes.map(() => null) : d.counts.map((c) => roundPercentOneDecimal(c, d.n)),
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
  cellsOneDecimal: row.cells.map(() => null),
  counts: null,
  behindSchedule: false,
  behindPercent: null,
  suppressed: true,
});
