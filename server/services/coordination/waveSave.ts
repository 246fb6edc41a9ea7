/** Saving the wave form: a new wave (beheerders) or a change of an existing one, and what it means for respondents. */
import { findWave, insertWaveIfMissing, listWaves, updateWave } from '../../db/repos/waves.ts';
import type { Wave } from '../../db/schema.ts';
import { fieldworkState } from '../../domain/fieldwork.ts';
import { isoNow, type Services } from '../../context.ts';
import { validateWave, type WaveFormValues } from './waveInput.ts';
import { formValuesOf, previousChoices } from './waves.ts';

export type WaveSaveResult =
  { ok: true; wave: Wave; note: string | null } | { ok: false; errors: Record<string, string>; values: WaveFormValues };

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
