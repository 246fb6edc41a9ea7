// Explanation groups cut into pages, or keyed by question for the table rows.
import { pageOf, PAGE_SIZE, type Page } from '../paging.ts';
import type { ExplanationGroup, ExplanationItem } from './explanationQuery.ts';

/** One page of the explanations, counted per item (the groups cut to the items on that page). */
export function explanationsPage(groups: ExplanationGroup[], requested: number, size = PAGE_SIZE): Page<ExplanationGroup> {
  const flat = groups.flatMap((g) => g.items.map((item) => ({ g, item })));
  const { rows, ...window } = pageOf(flat, requested, size);
  const out: ExplanationGroup[] = [];
  for (const { g, item } of rows) {
    if (out.at(-1)?.questionId !== g.questionId) out.push({ ...g, items: [] });
    out.at(-1)!.items.push(item);
  }
  return { rows: out, ...window };
}

/** The explanations of every row of one theme, by question id: shown in place beside the table rows. */
export function explanationsByQuestion(groups: ExplanationGroup[]): Record<string, ExplanationItem[]> {
  return Object.fromEntries(groups.map((g) => [g.questionId, g.items]));
}
