import { moduleFor } from '../../questions/index.ts';
import type { Survey } from '../../survey/schema.ts';
import type { WaveData } from './waveData.ts';

export interface ExplanationQuery {
  theme?: string;
  actor?: string;
  /** Words to find in the explanation (case and accents ignored). */
  search?: string;
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

/**
 * The explanations given with the answers of submitted responses, per question, searchable.
 * Names only when `withNames`; without names the order is by text, not by organisation.
 */
export function explanations(survey: Survey, data: WaveData, query: ExplanationQuery, withNames: boolean): ExplanationGroup[] {
  const words = fold(query.search ?? '').split(/\s+/).filter(Boolean);
  const groups: ExplanationGroup[] = [];
  for (const q of survey.questions) {
    if (!q.explanation) continue;
    if (query.theme && q.theme !== query.theme) continue;
    if (query.actor && !q.actorKinds.includes(query.actor as never)) continue;
    const texts = data.answers.get(`${q.id}.toelichting`);
    if (!texts) continue;
    const items: ExplanationItem[] = [];
    for (const [code, value] of texts) {
      const org = data.orgs.get(code)!;
      if (!org.submitted || typeof value !== 'string') continue;
      const haystack = fold(withNames ? `${value} ${org.name}` : value);
      if (!words.every((w) => haystack.includes(w))) continue;
      const answer = data.answers.get(q.id)?.get(code);
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

/** Explanations per question from (organisation, `<id>.toelichting`) pairs: the counts beside the table rows. */
export function countPerQuestion(pairs: { field: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { field } of pairs) {
    const id = field.slice(0, -'.toelichting'.length);
    out[id] = (out[id] ?? 0) + 1;
  }
  return out;
}
