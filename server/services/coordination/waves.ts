/** Finding the wave a coordination page is about, and the wave form's values and choices. */
import { findWave, listWaves } from '../../db/repos/waves.ts';
import type { Wave } from '../../db/schema.ts';
import type { Services } from '../../context.ts';
import { NotFoundError } from '../../errors.ts';
import { currentWave } from '../surveyWaves.ts';
import type { WaveFormValues } from './waveInput.ts';

/** The wave a page is about: the one asked for, else the open one, else the most recent. */
export async function chooseWave(s: Services, requested: unknown): Promise<{ wave: Wave | null; waves: Wave[] }> {
  const waves = await listWaves(s.db);
  const asked = typeof requested === 'string' ? waves.find((w) => w.id === requested) : undefined;
  return { wave: asked ?? currentWave(s, waves), waves };
}

/** A wave by id, whatever its survey (coordination pages); a NotFoundError (404) when there is none. */
export async function findWaveOr404(s: Services, id: string): Promise<Wave> {
  const wave = await findWave(s.db, id);
  if (!wave) throw new NotFoundError();
  return wave;
}

export function formValuesOf(w: Wave): WaveFormValues {
  return {
    id: w.id,
    surveyId: w.survey_id,
    title: w.title,
    opensOn: w.opens_on,
    closesOn: w.closes_on,
    referenceDate: w.reference_date,
    state: w.state,
    namedComparison: w.named_comparison === 1,
    signOffRequired: w.sign_off_required === 1,
    signOffFourEyes: w.sign_off_four_eyes === 1,
    previousWaveId: w.previous_wave_id ?? '',
  };
}

/**
 * The waves a wave of this survey may follow (issue 17): waves of the same survey or of the survey
 * its definition names as previous, never the wave itself.
 */
export function previousChoices(s: Services, waves: Wave[], surveyId: string, self: string | null): Wave[] {
  const before = s.surveys.get(surveyId)?.previous?.survey;
  return waves.filter((w) => w.id !== self && (w.survey_id === surveyId || w.survey_id === before));
}

/** The form's default for a new wave of a survey: the newest wave it may follow, or none. */
export const defaultPrevious = (s: Services, waves: Wave[], surveyId: string): string =>
  previousChoices(s, waves, surveyId, null)[0]?.id ?? '';
