import { findOrganisation } from '../db/repos/organisations.ts';
import { findWave, listWaves } from '../db/repos/waves.ts';
import type { Organisation, Wave } from '../db/schema.ts';
import { fieldworkState, type FieldworkState } from '../domain/fieldwork.ts';
import { NotFoundError } from '../errors.ts';
import { answersSurvey } from '../survey/actors.ts';
import type { Survey } from '../survey/schema.ts';
import type { Services } from '../context.ts';

export interface WaveContext {
  wave: Wave;
  survey: Survey;
}

/** The wave and its survey, or null for an unknown wave (or one whose survey is not loaded). */
export async function findWaveContext(s: Services, waveId: string): Promise<WaveContext | null> {
  const wave = await findWave(s.db, waveId);
  const survey = wave && s.surveys.get(wave.survey_id);
  return wave && survey ? { wave, survey } : null;
}

/** The wave and its survey; an unknown wave is a NotFoundError (a 404 page). */
export async function loadWave(s: Services, waveId: string): Promise<WaveContext> {
  const found = await findWaveContext(s, waveId);
  if (!found) throw new NotFoundError();
  return found;
}

/** Every wave, newest first, with its fieldwork state today. */
export async function listWavesWithFieldwork(s: Services): Promise<WaveWithFieldwork[]> {
  return (await listWaves(s.db)).map((w) => ({ ...w, fieldwork: fieldworkState(w, s.now()) }));
}

/** The current wave of a list (newest first): the open one, else the most recent; null for none. */
export function currentWave(s: Services, waves: Wave[]): Wave | null {
  return waves.find((w) => fieldworkState(w, s.now()) === 'open') ?? waves[0] ?? null;
}

/**
 * The current wave of the surveys an organisation answers, or (organisationCode null) of every
 * wave; a NotFoundError (404) when there is none.
 */
export async function currentWaveFor(s: Services, organisationCode: string | null): Promise<Wave> {
  const wave = currentWave(s, await wavesVisibleTo(s, organisationCode));
  if (!wave) throw new NotFoundError();
  return wave;
}

export type WaveWithFieldwork = Wave & { fieldwork: FieldworkState };

/** The home page: the user's organisation (if any) and the waves they are shown, with their fieldwork state. */
export async function homeWaves(
  s: Services, organisationCode: string | null,
): Promise<{ organisation: Organisation | null; waves: WaveWithFieldwork[] }> {
  const organisation = organisationCode ? ((await findOrganisation(s.db, organisationCode)) ?? null) : null;
  // A respondent sees the waves of the surveys their organisation answers; staff see all.
  const all = organisation ? await wavesAnsweredBy(s, organisation.actor_kind) : await listWaves(s.db);
  return { organisation, waves: all.map((w) => ({ ...w, fieldwork: fieldworkState(w, s.now()) })) };
}

/**
 * The waves an organisation of this kind answers: those whose survey lists the kind. Several
 * surveys run side by side (the 2024 monitor, the 2018 transformation plans), each with its own
 * organisations, so a respondent sees only the waves meant for them.
 */
export async function wavesAnsweredBy(s: Services, actorKind: string): Promise<Wave[]> {
  return (await listWaves(s.db)).filter((w) => {
    const survey = s.surveys.get(w.survey_id);
    return survey !== undefined && answersSurvey(survey, actorKind);
  });
}

/** What a user is shown: a respondent the waves of their organisation's surveys, staff every wave. */
export async function wavesVisibleTo(s: Services, organisationCode: string | null): Promise<Wave[]> {
  if (!organisationCode) return listWaves(s.db);
  const organisation = await findOrganisation(s.db, organisationCode);
  return organisation ? wavesAnsweredBy(s, organisation.actor_kind) : [];
}
