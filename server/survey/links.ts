/**
 * How one survey follows another year after year: which question of the previous survey each
 * question continues, which previous questions are retired, and which gemeenten merged into which.
 * Checked at start-up (loader.ts) with the file and the JSON path, like every other definition fault.
 */
import { readMergers } from './mergers.ts';
import type { Question, Survey } from './schema.ts';

/** The link of a survey to its previous survey, resolved. */
export interface SurveyLink {
  previous: Survey;
  /** Question id of this survey → the id of the previous survey's question it continues. */
  continues: Map<string, string>;
  /** Questions of the previous survey no question continues (their history stays, no trend). */
  retired: Question[];
  /** Questions without a predecessor (no trend yet). */
  added: Question[];
  /** CBS code of a merged-away gemeente → the code of its successor. */
  mergers: Map<string, string>;
}

/** The predecessor's id of a question, or null (new). Pure. */
export function predecessorOf(q: Question, previous: Survey): string | null {
  if (q.continues === null) return null;
  if (q.continues !== undefined) return q.continues;
  return previous.questions.some((p) => p.id === q.id) ? q.id : null;
}

/** The faults of a survey's link, as 'path: message' texts; empty when it is right. */
export function linkProblems(survey: Survey, surveys: ReadonlyMap<string, Survey>): string[] {
  if (!survey.previous) return [];
  const previous = surveys.get(survey.previous.survey);
  if (!previous || previous === survey) return [`previous.survey: onbekende vorige vragenlijst ${survey.previous.survey}`];
  const ids = new Map(previous.questions.map((q) => [q.id, q]));
  const problems: string[] = [];
  const taken = new Map<string, string>();
  survey.questions.forEach((q, i) => {
    const from = predecessorOf(q, previous);
    if (from === null) return;
    const before = ids.get(from);
    if (!before) return problems.push(`questions.${i}.continues: vraag ${from} bestaat niet in ${previous.id}`);
    if (before.type !== q.type) problems.push(`questions.${i}.continues: vraag ${from} is van een ander type (${before.type})`);
    const other = taken.get(from);
    if (other) problems.push(`questions.${i}.continues: vraag ${from} wordt al voortgezet door ${other}`);
    taken.set(from, q.id);
  });
  if (survey.previous.mergers) {
    for (const p of readMergers(survey.previous.mergers).problems) problems.push(`previous.mergers: ${p}`);
  }
  return problems;
}

const cache = new WeakMap<Survey, SurveyLink | null>();

/** The resolved link of a survey that names a previous one (loaded), else null. */
export function surveyLink(survey: Survey, surveys: ReadonlyMap<string, Survey>): SurveyLink | null {
  if (cache.has(survey)) return cache.get(survey)!;
  const previous = survey.previous ? surveys.get(survey.previous.survey) : undefined;
  let link: SurveyLink | null = null;
  if (previous && survey.previous) {
    const continues = new Map<string, string>();
    const added: Question[] = [];
    for (const q of survey.questions) {
      const from = predecessorOf(q, previous);
      if (from === null) added.push(q);
      else continues.set(q.id, from);
    }
    const used = new Set(continues.values());
    const mergers = survey.previous.mergers ? readMergers(survey.previous.mergers).mergers : new Map<string, string>();
    link = { previous, continues, added, retired: previous.questions.filter((q) => !used.has(q.id)), mergers };
  }
  cache.set(survey, link);
  return link;
}
