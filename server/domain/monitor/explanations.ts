// The explanations given with submitted answers, per question, filtered by an ExplanationQuery.
import { moduleFor } from '../../questions/index.ts';
import type { Survey } from '../../survey/schema.ts';
import { segmentConditions } from './dimensions/index.ts';
import { explanationQuestions, type ExplanationGroup, type ExplanationItem, type ExplanationQuery } from './explanationQuery.ts';
import { isSegmented, satisfiesAll, segmentAppliesTo, type OrgInfo } from './segments.ts';
import type { WaveData } from './waveData.ts';

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

const chosenCodes = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

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
