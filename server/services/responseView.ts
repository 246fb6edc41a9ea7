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


export interface ResponseView {
  wave: Wave;
  survey: Survey;
  organisation: Organisation;
  response: ResponseRow | null;
  answers: Answers;
  version: number;
  submitted: boolean;
  fieldwork: FieldworkState;
  /** Editing is possible now (fieldwork open and not submitted). */
  editable: boolean;
}

/** One organisation's response in one wave, with what may be done with it now. */
export async function loadResponseView(s: Services, waveId: string, orgCode: string): Promise<ResponseView> {
  const { wave, survey } = await loadWave(s, waveId);
  const organisation = await findOrganisation(s.db, orgCode);
  if (!organisation) throw new NotFoundError();
  if (!survey.actors.some((a) => a.id === organisation.actor_kind)) throw new NotFoundError();
  const response = (await findResponse(s.db, waveId, orgCode)) ?? null;
  const answers = response ? await loadAnswers(s.db, response.id) : {};
  const fieldwork = fieldworkState(wave, s.now());
  const submitted = response?.state === 'ingediend';
  return {
    wave, survey, organisation, response, answers,
    version: response?.version ?? 0,
    submitted, fieldwork,
    editable: fieldwork === 'open' && !submitted,
  };
}

/** Why the answers cannot be changed now, or null when they can. */
export const lockMessage = (v: ResponseView, outsideFieldwork = false): string | null =>
  outsideFieldwork ? (v.submitted ? messages.alreadySubmitted : null)
  : v.fieldwork === 'closed' ? messages.waveClosed
  : v.fieldwork !== 'open' ? messages.waveNotOpen
  : v.submitted ? messages.alreadySubmitted
  : null;
