import { fieldworkState, type FieldworkState } from '../domain/fieldwork.ts';
import { findOrganisation } from '../db/repos/organisations.ts';
import {
  answersAtVersion, findResponse, getOrCreateResponse, loadAnswers, setResponseState, writeChanges, type AnswerChange,
} from '../db/repos/responses.ts';
import { findWave } from '../db/repos/waves.ts';
import type { Organisation, ResponseRow, Wave } from '../db/schema.ts';
import { messages } from '../messages.ts';
import type { AnswerValue } from '../questions/index.ts';
import { missingRequired, type Answers } from '../survey/model.ts';
import type { Survey } from '../survey/schema.ts';
import { parseAnswerInput, sameValue } from './answerInput.ts';
import { isoNow, type Services } from './context.ts';

export class NotFoundError extends Error {}

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

export async function loadResponseView(s: Services, waveId: string, orgCode: string): Promise<ResponseView> {
  const wave = await findWave(s.db, waveId);
  const survey = wave && s.surveys.get(wave.survey_id);
  const organisation = await findOrganisation(s.db, orgCode);
  if (!wave || !survey || !organisation) throw new NotFoundError();
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

export interface Conflict {
  field: string;
  mine: AnswerValue | null;
  theirs: AnswerValue | null;
}

export type SaveResult =
  | {
      kind: 'saved'; version: number; changed: string[]; answers: Answers;
      /** Only with `partial`: fields refused on their own while the rest was saved. */
      errors?: Record<string, string>;
      conflicts?: Conflict[];
      /** Follow-ups whose answers were dropped because their condition does not hold. */
      ignored?: string[];
    }
  | { kind: 'invalid'; errors: Record<string, string>; version: number; answers: Answers }
  | { kind: 'conflict'; conflicts: Conflict[]; version: number; answers: Answers }
  | { kind: 'locked'; message: string; version: number; answers: Answers };

export interface SaveRequest {
  waveId: string;
  orgCode: string;
  userId: number | null;
  /** The version the client's values are based on; null = overwrite without merge (imports). */
  baseVersion: number | null;
  /**
   * Per field, the value the client's page showed before the user typed (overrides baseVersion for
   * that field): a value equal to its base is untouched and never written back.
   */
  bases?: Record<string, AnswerValue | null>;
  input: Record<string, unknown>;
  mode: 'form' | 'json' | 'cell';
  theme?: string;
  channel: string;
  /** Staff bulk imports (answers collected elsewhere, a previous year's monitor) may write outside the fieldwork. */
  outsideFieldwork?: boolean;
  /** Save the valid, non-conflicting fields even when others are refused (respondents' pages and API). */
  partial?: boolean;
  /** Fields whose conflict the user has not decided yet: never written, reported as conflicts again. */
  hold?: string[];
  /** Drop answers to follow-ups that do not apply instead of refusing them (plain form posts). */
  ignoreNotApplicable?: boolean;
}

const lockMessage = (v: ResponseView, outsideFieldwork = false): string | null =>
  outsideFieldwork ? (v.submitted ? messages.alreadySubmitted : null)
  : v.fieldwork === 'closed' ? messages.waveClosed
  : v.fieldwork !== 'open' ? messages.waveNotOpen
  : v.submitted ? messages.alreadySubmitted
  : null;

/**
 * Saves in one transaction, merged field by field against what each value was based on: a field the
 * user did not change is never written; a field a colleague changed meanwhile to something else is a
 * conflict. Without `partial` one refused field stops the whole save (imports); with it the rest is saved.
 */
export async function saveAnswers(s: Services, req: SaveRequest): Promise<SaveResult> {
  const view = await loadResponseView(s, req.waveId, req.orgCode);
  return s.db.transaction().execute(async (trx) => {
    const now = isoNow(s);
    const response = await getOrCreateResponse(trx, req.waveId, req.orgCode, now);
    const current = await loadAnswers(trx, response.id);
    const version = response.version;
    const locked = lockMessage({ ...view, submitted: response.state === 'ingediend' }, req.outsideFieldwork);
    if (locked) return { kind: 'locked', message: locked, version, answers: current };
    const atVersion = req.baseVersion === null || req.baseVersion >= version ? current : await answersAtVersion(trx, response.id, req.baseVersion);
    const base = (field: string) => (req.bases && field in req.bases ? req.bases[field] : atVersion[field]);
    const actor = view.organisation.actor_kind;
    const parsed = parseAnswerInput(view.survey, actor, req.input, {
      mode: req.mode, theme: req.theme, current, base, ignoreNotApplicable: req.ignoreNotApplicable,
    });
    const errors = parsed.errors;
    if (Object.keys(errors).length > 0 && !req.partial) return { kind: 'invalid', errors, version, answers: current };

    const conflicts: Conflict[] = [];
    const changes: AnswerChange[] = [];
    // What the page should show after a conflict: colleagues' values where this user changed nothing.
    const proposed: Answers = { ...current };
    for (const [field, mine] of Object.entries(parsed.values)) {
      const theirs = current[field] ?? null;
      if (sameValue(mine, theirs)) continue;
      if (mine === null) delete proposed[field];
      else proposed[field] = mine;
      if (sameValue(theirs, base(field)) && !req.hold?.includes(field)) changes.push({ field, old: theirs, new: mine });
      else conflicts.push({ field, mine, theirs });
    }
    if (conflicts.length > 0 && !req.partial) return { kind: 'conflict', conflicts, version, answers: proposed };
    const extra = req.partial ? { errors, conflicts, ignored: parsed.ignored } : {};
    if (changes.length === 0) return { kind: 'saved', version, changed: [], answers: current, ...extra };
    await writeChanges(trx, response.id, changes, version + 1, req.userId, req.channel, now);
    const answers = { ...current };
    for (const c of changes) {
      if (c.new === null) delete answers[c.field];
      else answers[c.field] = c.new;
    }
    return { kind: 'saved', version: version + 1, changed: changes.map((c) => c.field), answers, ...extra };
  });
}

export type StateResult = { ok: true } | { ok: false; message: string; missing?: string[] };

export async function submitResponse(s: Services, waveId: string, orgCode: string, userId: number | null, opts: { outsideFieldwork?: boolean } = {}): Promise<StateResult> {
  const view = await loadResponseView(s, waveId, orgCode);
  const locked = lockMessage(view, opts.outsideFieldwork);
  if (locked) return { ok: false, message: locked };
  const missing = missingRequired(view.survey, view.organisation.actor_kind, view.answers);
  if (missing.length > 0) return { ok: false, message: messages.submitMissing(missing.length), missing: missing.map((q) => q.id) };
  const response = await getOrCreateResponse(s.db, waveId, orgCode, isoNow(s));
  await setResponseState(s.db, response.id, 'ingediend', userId, isoNow(s));
  return { ok: true };
}

export async function reopenResponse(s: Services, waveId: string, orgCode: string, userId: number | null): Promise<StateResult> {
  const view = await loadResponseView(s, waveId, orgCode);
  if (view.fieldwork !== 'open') return { ok: false, message: view.fieldwork === 'closed' ? messages.waveClosed : messages.waveNotOpen };
  if (!view.response || !view.submitted) return { ok: true };
  await setResponseState(s.db, view.response.id, 'concept', userId, isoNow(s));
  return { ok: true };
}
