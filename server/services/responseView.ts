// Reading one organisation's response in a wave: its target (wave, survey, fieldwork) and its view.
import { closingDateFor, fieldworkState, type FieldworkState } from '../domain/fieldwork.ts';
import { organisationInWave } from '../db/repos/deadlineExtensions.ts';
import { listCarried } from '../db/repos/carriedAnswers.ts';
import { findResponse, loadAnswers } from '../db/repos/responses.ts';
import type { Organisation, ResponseRow, Wave } from '../db/schema.ts';
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
  /** The last day this organisation may answer: the wave's closing date or its own extension. */
  closesOn: string;
  /** Extra time granted to this organisation (issue 16, point 6), or null. */
  extension: { closesOn: string; reason: string } | null;
}

export interface ResponseView extends ResponseTarget {
  response: ResponseRow | null;
  answers: Answers;
  version: number;
  submitted: boolean;
  /** Offered for sign-off ('ter vaststelling', issue 16, point 7): when and by whom; null otherwise. */
  offered: { at: string; by: number | null } | null;
  /** Editing is possible now (fieldwork open, not submitted, not waiting for sign-off). */
  editable: boolean;
  /** Fields copied from last year and not yet confirmed or changed (issue 17): they do not count in the monitor. */
  carried: string[];
}

/** The wave, its survey and the organisation; a NotFoundError when the organisation does not answer that survey. */
export async function loadResponseTarget(s: Services, waveId: string, orgCode: string): Promise<ResponseTarget> {
  const { wave, survey } = await loadWave(s, waveId);
  const found = await organisationInWave(s.db, wave.id, orgCode);
  if (!found) throw new NotFoundError();
  const { organisation, extension: ext } = found;
  if (!survey.actors.some((a) => a.id === organisation.actor_kind)) throw new NotFoundError();
  // The one place a response's fieldwork state is decided: the wave's dates and any extension.
  const extension = ext && ext.closes_on > wave.closes_on ? { closesOn: ext.closes_on, reason: ext.reason } : null;
  return {
    wave, survey, organisation, extension,
    fieldwork: fieldworkState(wave, s.now(), extension?.closesOn), closesOn: closingDateFor(wave, extension?.closesOn),
  };
}

/** One organisation's response in one wave, with what may be done with it now. */
export async function loadResponseView(s: Services, waveId: string, orgCode: string): Promise<ResponseView> {
  const target = await loadResponseTarget(s, waveId, orgCode);
  const response = (await findResponse(s.db, waveId, orgCode)) ?? null;
  if (!response) return viewOf(target, null, {});
  return viewOf(target, response, await loadAnswers(s.db, response.id), await listCarried(s.db, response.id));
}

/** The view of a target with its response, answers and copies from last year as a save read and wrote them. */
export function viewOf(target: ResponseTarget, response: ResponseRow | null, answers: Answers, carried: string[] = []): ResponseView {
  const submitted = response?.state === 'ingediend';
  const offered = !submitted && response?.offered_at ? { at: response.offered_at, by: response.offered_by } : null;
  return {
    ...target, response, answers, version: response?.version ?? 0, submitted, offered, carried,
    editable: target.fieldwork === 'open' && !submitted && !offered,
  };
}
