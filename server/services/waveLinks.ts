/** Which wave a wave follows and how its questions continue the previous wave's (issue 17). */
import { findWave } from '../db/repos/waves.ts';
import type { Wave } from '../db/schema.ts';
import { surveyLink } from '../survey/links.ts';
import type { Survey } from '../survey/schema.ts';
import type { Services } from '../context.ts';

export interface WaveLink {
  previousWave: Wave;
  previousSurvey: Survey;
  /** This wave's question id → the previous wave's question id it continues. */
  continues: Map<string, string>;
  /** CBS code of a merged-away gemeente → its successor (empty between waves of one survey). */
  mergers: Map<string, string>;
}

/**
 * The link between a wave and the wave it names as previous: the same survey continues every
 * question by its id; a survey that follows the other (its definition's `previous`) by its
 * `continues` links; unrelated surveys have no link (the wave form refuses them).
 */
export async function waveLink(s: Services, wave: Wave, survey: Survey): Promise<WaveLink | null> {
  if (!wave.previous_wave_id) return null;
  const previousWave = await findWave(s.db, wave.previous_wave_id);
  const previousSurvey = previousWave && s.surveys.get(previousWave.survey_id);
  if (!previousWave || !previousSurvey) return null;
  if (previousSurvey === survey) {
    return { previousWave, previousSurvey, continues: new Map(survey.questions.map((q) => [q.id, q.id])), mergers: new Map() };
  }
  const link = surveyLink(survey, s.surveys);
  if (!link || link.previous !== previousSurvey) return null;
  return { previousWave, previousSurvey, continues: link.continues, mergers: link.mergers };
}
