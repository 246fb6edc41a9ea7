import { answersAtVersion, getOrCreateResponse, loadAnswers, writeChanges, type AnswerChange } from '../db/repos/responses.ts';
import { fieldMap, isFieldApplicable, type Answers } from '../survey/model.ts';
import { parseAnswerInput, sameValue } from './answerInput.ts';
import { isoNow, type Services } from '../context.ts';
import { loadResponseTarget, lockMessage } from './responseView.ts';
import type { Conflict, SaveRequest, SaveResult } from './saveRequest.ts';

export type { Conflict, SaveRequest, SaveResult } from './saveRequest.ts';

const applied = (answers: Answers, changes: AnswerChange[]): Answers => {
  const out = { ...answers };
  for (const c of changes) {
    if (c.new === null) delete out[c.field];
    else out[c.field] = c.new;
  }
  return out;
};

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
    const locked = lockMessage({ fieldwork: view.fieldwork, submitted: response.state === 'ingediend' }, req.outsideFieldwork);
    if (locked) return { kind: 'locked', message: locked, version, answers: current };
    const atVersion = req.baseVersion === null || req.baseVersion >= version ? current : await answersAtVersion(trx, response.id, req.baseVersion);
    const base = (field: string) => (req.bases && field in req.bases ? req.bases[field] : atVersion[field]);
    const actor = view.organisation.actor_kind;
    const parsed = parseAnswerInput(view.survey, actor, req.input, {
      mode: req.mode, theme: req.theme, current, base, ignoreNotApplicable: req.ignoreNotApplicable,
    });
    const errors = parsed.errors;
    if (Object.keys(errors).length > 0 && !req.partial) return { kind: 'invalid', errors, version, answers: current };

    // Stored follow-ups cleared because the user changed their trigger (not sent, sent unchanged, or sent
    // empty as a hidden field is): not the user's own edits, so never a conflict, and only cleared when
    // that trigger change is written.
    const fields = fieldMap(view.survey, actor);
    const wanted = applied(current, Object.entries(parsed.values).map(([field, v]) => ({ field, old: null, new: v })));
    const derived = Object.keys(parsed.values).filter((f) => !(f in req.input) || parsed.untouched.includes(f)
      || (parsed.values[f] === null && !isFieldApplicable(fields.get(f)!, wanted)));
    const conflicts: Conflict[] = [];
    const changes: AnswerChange[] = [];
    // What the page should show after a conflict: colleagues' values where this user changed nothing.
    const proposed: Answers = { ...current };
    for (const [field, mine] of Object.entries(parsed.values)) {
      const theirs = current[field] ?? null;
      if (sameValue(mine, theirs)) continue;
      if (mine === null) delete proposed[field];
      else proposed[field] = mine;
      if (derived.includes(field)) continue;
      if (sameValue(theirs, base(field)) && !req.hold?.includes(field)) changes.push({ field, old: theirs, new: mine });
      else conflicts.push({ field, mine, theirs });
    }
    if (conflicts.length > 0 && !req.partial) return { kind: 'conflict', conflicts, version, answers: proposed };
    const written = applied(current, changes);
    for (const field of derived) {
      if (current[field] !== undefined && !isFieldApplicable(fields.get(field)!, written)) changes.push({ field, old: current[field], new: null });
    }
    const extra = req.partial ? { errors, conflicts, ignored: parsed.ignored } : {};
    if (changes.length === 0) return { kind: 'saved', version, changed: [], answers: current, ...extra };
    await writeChanges(trx, response.id, changes, version + 1, req.userId, req.channel, now);
    return { kind: 'saved', version: version + 1, changed: changes.map((c) => c.field), answers: applied(current, changes), ...extra };
  });
}
