import { findWave, insertWaveIfMissing, listWaves, updateWave } from '../../db/repos/waves.ts';
import type { Wave } from '../../db/schema.ts';
import { fieldworkState } from '../../domain/fieldwork.ts';
import { isoNow, type Services } from '../../context.ts';
import { NotFoundError } from '../../errors.ts';
import { currentWave } from '../surveyWaves.ts';
import { validateWave, type WaveFormValues } from './waveInput.ts';

export type WaveSaveResult =
  { ok: true; wave: Wave; note: string | null } | { ok: false; errors: Record<string, string>; values: WaveFormValues };

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

/** A new wave from a survey definition (beheerders only); it starts as concept unless chosen otherwise. */
export async function createWave(s: Services, input: WaveFormValues): Promise<WaveSaveResult> {
  const waves = await listWaves(s.db);
  const existing = waves.map((w) => w.id);
  const choices = previousChoices(s, waves, input.surveyId, null).map((w) => w.id);
  const { errors, values } = validateWave(input, {
    creating: true, admin: true, surveyIds: [...s.surveys.keys()], existingIds: existing, previousChoices: choices,
  });
  if (Object.keys(errors).length) return { ok: false, errors, values };
  await insertWaveIfMissing(s.db, {
    id: values.id,
    survey_id: values.surveyId,
    title: values.title.trim(),
    state: values.state,
    opens_on: values.opensOn,
    closes_on: values.closesOn,
    reference_date: values.referenceDate,
    created_at: isoNow(s),
    named_comparison: values.namedComparison === false ? 0 : 1,
    sign_off_required: values.signOffRequired ? 1 : 0,
    sign_off_four_eyes: values.signOffFourEyes ? 1 : 0,
    previous_wave_id: values.previousWaveId || null,
  });
  return { ok: true, wave: (await findWave(s.db, values.id))!, note: null };
}

/**
 * Changes state and dates. Coordinators change only the fieldwork (state, opening and closing date)
 * and whether respondents may compare by name; a later closing date reopens editing for respondents
 * of an open wave at once.
 */
export async function changeWave(s: Services, wave: Wave, input: WaveFormValues, admin: boolean): Promise<WaveSaveResult> {
  const merged = admin
    ? { ...input, id: wave.id, surveyId: wave.survey_id }
    : {
        ...formValuesOf(wave),
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        state: input.state,
        namedComparison: input.namedComparison,
      };
  const choices = previousChoices(s, await listWaves(s.db), wave.survey_id, wave.id).map((w) => w.id);
  const { errors, values } = validateWave(merged, { creating: false, admin, surveyIds: [], existingIds: [], previousChoices: choices });
  if (Object.keys(errors).length) return { ok: false, errors, values };
  const before = fieldworkState(wave, s.now());
  await updateWave(s.db, wave.id, {
    state: values.state,
    opens_on: values.opensOn,
    closes_on: values.closesOn,
    ...(values.namedComparison === undefined ? {} : { named_comparison: values.namedComparison ? 1 : 0 }),
    ...(admin ? { title: values.title.trim(), reference_date: values.referenceDate } : {}),
    // Only beheerders set sign-off (a coordinator's form keeps the wave's own values, see `merged`).
    ...(admin && values.signOffRequired !== undefined
      ? { sign_off_required: values.signOffRequired ? 1 : 0, sign_off_four_eyes: values.signOffFourEyes ? 1 : 0 } : {}),
    ...(admin && values.previousWaveId !== undefined ? { previous_wave_id: values.previousWaveId || null } : {}),
  });
  const updated = (await findWave(s.db, wave.id))!;
  const after = fieldworkState(updated, s.now());
  const note =
    before !== 'open' && after === 'open'
      ? 'Respondenten kunnen nu weer antwoorden invullen en wijzigen.'
      : before === 'open' && after !== 'open'
        ? 'Respondenten kunnen nu geen antwoorden meer wijzigen.'
        : values.state === 'open' && after === 'closed'
          ? 'Let op: de sluitdatum ligt in het verleden, dus respondenten kunnen niets meer wijzigen.'
          : null;
  return { ok: true, wave: updated, note };
}
