/** What the movement says about single organisations (issue 17), pure: answers that went back, and an organisation's own path. */
import { moduleFor } from '../../questions/index.ts';
import { pairsOf, predecessorsOf, rankOf, type TrendInput } from './trendPairs.ts';
import type { WentBack } from './types.ts';

/** Answers that went back (e.g. 'Afgerond' then 'Mee bezig'), per organisation: a question for the respondent. */
export function wentBack(input: TrendInput): WentBack[] {
  const out: WentBack[] = [];
  for (const q of input.survey.questions) {
    const previousId = input.continues.get(q.id);
    const rank = rankOf(q);
    const old = previousId ? input.previousSurvey.questions.find((p) => p.id === previousId) : undefined;
    if (q.role !== 'agreement' || !previousId || !rank || !old) continue;
    for (const actor of q.actorKinds) {
      for (const p of pairsOf(input, q, previousId, actor)) {
        const a = rank.get(String(p.before));
        const b = rank.get(String(p.after));
        if (a === undefined || b === undefined || b >= a) continue;
        const org = input.data.orgs.get(p.to)!;
        out.push({
          org: p.to, name: org.name, actor, questionId: q.id, text: q.text, fromOrg: p.from,
          before: moduleFor(old.type).format(old, p.before), after: moduleFor(q.type).format(q, p.after),
        });
      }
    }
  }
  return out.sort((x, y) => x.name.localeCompare(y.name, 'nl') || x.questionId.localeCompare(y.questionId));
}

/** One organisation's own path per question: its earlier answer (or a merged predecessor's) and its later one. */
export function ownPath(input: TrendInput, code: string): Record<string, { before: string | null; after: string | null }> {
  const out: Record<string, { before: string | null; after: string | null }> = {};
  for (const q of input.survey.questions) {
    if (q.role !== 'agreement') continue;
    const previousId = input.continues.get(q.id);
    const old = previousId ? input.previousSurvey.questions.find((p) => p.id === previousId) : undefined;
    // Submitted answers only, as everywhere in the monitor.
    const later = input.data.orgs.get(code)?.submitted ? input.data.answers.get(q.id)?.get(code) : undefined;
    const earlierCode = old ? predecessorsOf(code, input.mergers)
      .find((c) => input.previousData.orgs.get(c)?.submitted && input.previousData.answers.get(old.id)?.has(c)) : undefined;
    const earlier = old && earlierCode ? input.previousData.answers.get(old.id)!.get(earlierCode) : undefined;
    if (later === undefined && earlier === undefined) continue;
    out[q.id] = {
      before: old && earlier !== undefined ? moduleFor(old.type).format(old, earlier) : null,
      after: later === undefined ? null : moduleFor(q.type).format(q, later),
    };
  }
  return out;
}
