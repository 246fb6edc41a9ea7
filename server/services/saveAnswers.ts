import { answersAtVersion, getOrCreateResponse, loadAnswers, writeChanges } from '../db/repos/responses.ts';
import { listCarried } from '../db/repos/carriedAnswers.ts';
import { fieldMap } from '../survey/model.ts';
import { parseAnswerInput } from './answerInput.ts';
import { applied, clearDerived, mergeFields } from './answerMerge.ts';
import { isoNow, type Services } from '../context.ts';
import { lockMessage } from './responseLock.ts';
import { loadResponseTarget } from './responseView.ts';
import type { SaveRequest, SaveResult } from './saveRequest.ts';

export type { Conflict, SaveRequest, SaveResult } from './saveRequest.ts';

/**
 * Saves in one transaction, merged field by field against what each value was based on: a field the
 * user did not change is never written; a field a colleague changed meanwhile to something else is a
 * conflict. Without `partial` one refused field stops the whole save (imports); with it the rest is saved.
 */
export async function saveAnswers(s: Services, req: SaveRequest): Promise<SaveResult> {
  const view = req.target ?? (await loadResponseTarget(s, req.waveId, req.orgCode));
  // The response and its answers are read once, inside the transaction: what the merge works on is what is written over.
  return s.db.transaction().execute(async (trx) => {
    const now = isoNow(s);
    const response = await getOrCreateResponse(trx, req.waveId, req.orgCode, now);
    const current = await loadAnswers(trx, response.id);
    const version = response.version;
    const submitted = response.state === 'ingediend';
    const locked = lockMessage({ fieldwork: view.fieldwork, submitted, offered: response.offered_at }, req.outsideFieldwork);
    if (locked) return { kind: 'locked', message: locked, version, answers: current };
    const carriedBefore = await listCarried(trx, response.id);
    // The history is read only for what a save does not name its own base for (the API names one per field).
    const based = req.bases !== undefined && req.bases !== null && Object.keys(req.input).every((k) => k in req.bases!);
    const atVersion = req.baseVersion === null || req.baseVersion >= version || based
      ? current
      : await answersAtVersion(trx, response.id, req.baseVersion);
    const base = (field: string) => (req.bases && field in req.bases ? req.bases[field] : atVersion[field]);
    const actor = view.organisation.actor_kind;
    const parsed = parseAnswerInput(view.survey, actor, req.input, {
      mode: req.mode, theme: req.theme, current, base, ignoreNotApplicable: req.ignoreNotApplicable,
    });
    const errors = parsed.errors;
    if (Object.keys(errors).length > 0 && !req.partial) return { kind: 'invalid', errors, version, answers: current };

    const fields = fieldMap(view.survey, actor);
    const { derived, conflicts, changes, proposed } = mergeFields({ current, parsed, input: req.input, fields, base, hold: req.hold });
    if (conflicts.length > 0 && !req.partial) return { kind: 'conflict', conflicts, version, answers: proposed };
    clearDerived(current, changes, derived, fields);
    const extra = req.partial ? { errors, conflicts, ignored: parsed.ignored } : {};
    // A save that changes nothing makes no new version; the copies still carried are what writeChanges left marked.
    const written = changes.length > 0;
    const carried = written
      ? (await writeChanges(trx, response.id, changes, version + 1, req.userId, req.channel, now, carriedBefore))!
      : carriedBefore;
    const after = written ? { ...response, version: version + 1, updated_at: now } : response;
    const changed = changes.map((c) => c.field);
    return { kind: 'saved', version: after.version, changed, answers: applied(current, changes), response: after, carried, ...extra };
  });
}
