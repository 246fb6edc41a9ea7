/**
 * Movement between two waves (issue 17), pure: per agreement and party the distribution of both
 * waves side by side with the change in points, behind schedule per wave, and for the kinds with
 * many organisations (gemeenten, regio's) the transitions from one answer to the other. A gemeente
 * that merged into another is followed into its successor: its answer of the earlier wave is paired
 * with the successor's. The tables of each wave are built by buildTables (same filters, same
 * suppression); the transitions are counted here, suppressed for fewer than MIN_GROUP_SIZE pairs.
 */
import { transitionsOf } from './transitions.ts';
import { pairsOf, rankOf, type TrendInput } from './trendPairs.ts';
import type { ActorTable, TableRow, TrendRow, TrendSide, WaveTables } from './types.ts';

export { ownPath, wentBack } from './trendSignals.ts';
export { predecessorsOf } from './trendPairs.ts';
export type { Transitions, TrendRow, TrendSide, WentBack } from './types.ts';
export type { TrendInput } from './trendPairs.ts';

const rowsByKey = (t: WaveTables): Map<string, { table: ActorTable; row: TableRow; themeTitle: string }> => {
  const map = new Map<string, { table: ActorTable; row: TableRow; themeTitle: string }>();
  for (const theme of t.themes) for (const table of theme.tables) for (const row of table.rows) {
    map.set(`${table.actor}|${row.questionId}`, { table, row, themeTitle: theme.title });
  }
  return map;
};

/** A wave's row in the later row's codes (a yes/no row keeps its own two cells). */
function side(row: TableRow, codes: string[]): TrendSide {
  const at = codes.map((c) => row.cellCodes.indexOf(c));
  return {
    n: row.n,
    cells: at.map((i) => (i < 0 ? null : (row.cells[i] ?? null))),
    counts: row.counts ? at.map((i) => (i < 0 ? 0 : (row.counts![i] ?? 0))) : null,
    suppressed: row.suppressed,
    chosen: row.chosen?.label ?? null,
    planning: row.planning,
    behindSchedule: row.behindSchedule,
    behindPercent: row.behindPercent,
  };
}

/** Every agreement of the later wave, beside the earlier wave's distribution of the question it continues. */
export function buildTrend(input: TrendInput): TrendRow[] {
  const before = rowsByKey(input.previousTables);
  const questions = new Map(input.survey.questions.map((q) => [q.id, q]));
  const out: TrendRow[] = [];
  for (const theme of input.tables.themes) for (const table of theme.tables) {
    if (table.role !== 'agreement') continue;
    const actor = input.survey.actors.find((a) => a.id === table.actor)!;
    for (const row of table.rows) {
      const q = questions.get(row.questionId)!;
      const previousId = input.continues.get(q.id) ?? null;
      const codes = row.cellCodes;
      const after = side(row, codes);
      const old = previousId ? before.get(`${table.actor}|${previousId}`) : undefined;
      const beforeSide = old ? side(old.row, codes) : null;
      const change = beforeSide
        ? after.cells.map((c, i) => (c === null || beforeSide.cells[i] === null ? null : c - beforeSide.cells[i]!))
        : null;
      const transitions = !actor.single && previousId
        ? transitionsOf(pairsOf(input, q, previousId, actor.id), codes, rankOf(q), input.tables.segmented)
        : null;
      out.push({
        questionId: q.id, previousId: old ? previousId : null, text: q.text, actor: actor.id, actorLabel: table.label, single: table.single,
        themeId: theme.id, themeTitle: theme.title, codes, labels: row.cellLabels, before: beforeSide, after, change, transitions,
      });
    }
  }
  return out;
}

