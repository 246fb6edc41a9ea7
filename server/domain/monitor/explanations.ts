import { moduleFor } from '../../questions/index.ts';
import type { Question, Survey } from '../../survey/schema.ts';
import { segmentConditions } from './dimensions/index.ts';
import { isSegmented, satisfiesAll, segmentAppliesTo, type OrgInfo } from './segments.ts';
import type { SegmentFilter } from './types.ts';
import type { WaveData } from './waveData.ts';
import { pageOf, PAGE_SIZE, type Page } from '../paging.ts';

export interface ExplanationQuery {
  theme?: string | undefined;
  actor?: string | undefined;
  /** Words to find in the explanation (case and accents ignored). */
  search?: string | undefined;
  /** One question only (a table row's explanations). */
  question?: string | undefined;
  /** Only explanations given with this answer (an option code; one of the chosen ones for multiple choice). */
  answer?: string | undefined;
  /**
   * The monitor's dimensions (inhabitants, province, region, urbanisation): only organisations in
   * the selection. National bodies are in none of its groups, so a chosen dimension leaves them out.
   */
  segment?: SegmentFilter | undefined;
}

export interface ExplanationItem {
  /** Only for staff; null for everyone else. */
  organisation: { code: string; name: string } | null;
  answer: string | null;
  text: string;
}

export interface ExplanationGroup {
  questionId: string;
  themeId: string;
  actorLabel: string;
  text: string;
  items: ExplanationItem[];
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

const chosenCodes = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

/** The questions with an explanation field that the query's theme, party and question keep. */
export function explanationQuestions(survey: Survey, query: ExplanationQuery): Question[] {
  return survey.questions.filter((q) => q.explanation
    && (!query.theme || q.theme === query.theme)
    && (!query.actor || q.actorKinds.includes(query.actor as never))
    && (!query.question || q.id === query.question));
}

/** The answers one can filter on: the options of those questions, each code once ('Mee bezig', 'Ja', …). */
export function explanationAnswerChoices(survey: Survey, query: ExplanationQuery): [string, string][] {
  const out = new Map<string, string>();
  for (const q of explanationQuestions(survey, query)) {
    for (const o of moduleFor(q.type).options(q) ?? []) if (!out.has(o.code)) out.set(o.code, o.label);
  }
  return [...out];
}

/**
 * The explanations given with the answers of submitted responses, per question, filtered.
 * Names only when `withNames`; without names the order is by text, not by organisation.
 */
export function explanations(survey: Survey, data: WaveData, query: ExplanationQuery, withNames: boolean): ExplanationGroup[] {
  const words = fold(query.search ?? '').split(/\s+/).filter(Boolean);
  const segmented = query.segment !== undefined && isSegmented(query.segment);
  const inSegment = segmented ? satisfiesAll(segmentConditions(survey, query.segment!)) : () => true;
  const keeps = (org: OrgInfo) => org.submitted && (!segmented || (segmentAppliesTo(survey, org.actorKind) && inSegment(org)));
  const groups: ExplanationGroup[] = [];
  for (const q of explanationQuestions(survey, query)) {
    const texts = data.answers.get(`${q.id}.toelichting`);
    if (!texts) continue;
    const items: ExplanationItem[] = [];
    for (const [code, value] of texts) {
      const org = data.orgs.get(code)!;
      if (!keeps(org) || typeof value !== 'string') continue;
      const haystack = fold(withNames ? `${value} ${org.name}` : value);
      if (!words.every((w) => haystack.includes(w))) continue;
      const answer = data.answers.get(q.id)?.get(code);
      if (query.answer && !chosenCodes(answer).includes(query.answer)) continue;
      items.push({
        organisation: withNames ? { code: org.code, name: org.name } : null,
        answer: answer === undefined ? null : moduleFor(q.type).format(q, answer),
        text: value,
      });
    }
    if (!items.length) continue;
    items.sort((a, b) => (withNames ? a.organisation!.name.localeCompare(b.organisation!.name, 'nl') : a.text.localeCompare(b.text, 'nl')));
    const actor = survey.actors.find((a) => q.actorKinds.includes(a.id));
    groups.push({ questionId: q.id, themeId: q.theme, actorLabel: actor?.labelPlural ?? '', text: q.text, items });
  }
  return groups;
}

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
