import { moduleFor } from '../../questions/index.ts';
import type { Survey } from '../../survey/schema.ts';
import type { WaveData } from './waveData.ts';

/** The viewer's own answer to one question, as the tables mark it ('Uw antwoord: Mee bezig'). */
export interface OwnAnswer {
  /** The option codes chosen (empty when the question was left blank). */
  codes: string[];
  /** The answer as text, or null when left blank. */
  text: string | null;
}

/** What the tables mark for a participant: its kind and its answer to every question of that kind. */
export interface OwnAnswers {
  organisationCode: string;
  actorKind: string;
  answers: Record<string, OwnAnswer>;
}

/**
 * A submitted organisation's own answers, to mark in the rows of the tables of its kind; null when
 * it is unknown or has not submitted (then it sees no dashboards, see access.ts).
 */
export function ownAnswers(survey: Survey, data: WaveData, organisationCode: string): OwnAnswers | null {
  const org = data.orgs.get(organisationCode);
  if (!org || !org.submitted) return null;
  const answers: Record<string, OwnAnswer> = {};
  for (const q of survey.questions) {
    if (!q.actorKinds.includes(org.actorKind)) continue;
    const value = data.answers.get(q.id)?.get(org.code);
    answers[q.id] = value === undefined
      ? { codes: [], text: null }
      : { codes: Array.isArray(value) ? value.map(String) : [String(value)], text: moduleFor(q.type).format(q, value) };
  }
  return { organisationCode: org.code, actorKind: org.actorKind, answers };
}
