import { fieldworkState, type FieldworkState } from '../domain/fieldwork.ts';
import { findOrganisation } from '../db/repos/organisations.ts';
import { findResponse, loadAnswers } from '../db/repos/responses.ts';
import type { Organisation, ResponseRow, Wave } from '../db/schema.ts';
import { messages } from '../messages.ts';
import type { Answers } from '../survey/model.ts';
import type { Survey } from '../survey/schema.ts';
import type { Services } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { loadWave } from './surveyWaves.ts';


/** Whose response in which wave, and whether the wave's fieldwork is open today; no response read yet. */
export interface ResponseTarget {
  wave: Wave;
  survey: Survey;
  organisation: Organisation;
  fieldwork: FieldworkState;
}

export interface ResponseView extends ResponseTarget {
  response: ResponseRow | null;
  answers: Answers;
  version: number;
  submitted: boolean;
  /** Editing is possible now (fieldwork open and not submitted). */
  editable: boolean;
}

/** The wave, its survey and the organisation; a NotFoundError when the organisation does not answer that survey. */
export async function loadResponseTarget(s: Services, waveId: string, orgCode: string): Promise<ResponseTarget> {
  const { wave, survey } = await loadWave(s, waveId);
  const organisation = await findOrganisation(s.db, orgCode);
  if (!organisation) throw new NotFoundError();
  if (!survey.actors.some((a) => a.id === organisation.actor_kind)) throw new NotFoundError();
  return { wave, survey, organisation, fieldwork: fieldworkState(wave, s.now()) };
}

/** One organisation's response in one wave, with what may be done with it now. */
export async function loadResponseView(s: Services, waveId: string, orgCode: string): Promise<ResponseView> {
  const { wave, survey, organisation, fieldwork } = await loadResponseTarget(s, waveId, orgCode);
  const response = (await findResponse(s.db, waveId, orgCode)) ?? null;
  const answers = response ? await loadAnswers(s.db, response.id) : {};
  const submitted = response?.state === 'ingediend';
  return {
    wave, survey, organisation, response, answers,
    version: response?.version ?? 0,
    submitted, fieldwork,
    editable: fieldwork === 'open' && !submitted,
  };
}

/** Why the answers cannot be changed now, or null when they can. */
export const lockMessage = (v: Pick<ResponseView, 'fieldwork' | 'submitted'>, outsideFieldwork = false): string | null =>
  outsideFieldwork ? (v.submitted ? messages.alreadySubmitted : null)
  : v.fieldwork === 'closed' ? messages.waveClosed
  : v.fieldwork !== 'open' ? messages.waveNotOpen
  : v.submitted ? messages.alreadySubmitted
  : null;
