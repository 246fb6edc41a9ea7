/** The field-by-field merge of a save: what is written, what conflicts, what the page shows back. */
import type { AnswerChange } from '../db/repos/responses.ts';
import type { AnswerValue } from '../questions/index.ts';
import { isFieldApplicable, type Answers, type Field } from '../survey/model.ts';
import { sameValue, type ParsedInput } from './answerInput.ts';
import type { Conflict } from './saveRequest.ts';

export const applied = (answers: Answers, changes: AnswerChange[]): Answers => {
  const out = { ...answers };
  for (const c of changes) {
    if (c.new === null) delete out[c.field];
    else out[c.field] = c.new;
  }
  return out;
};

export interface MergeInput {
  current: Answers;
  parsed: ParsedInput;
  /** The fields the request sent. */
  input: Record<string, unknown>;
  fields: ReadonlyMap<string, Field>;
  base: (field: string) => AnswerValue | null | undefined;
  hold?: string[];
}

/** Each parsed value against what it was based on: a change to write, a conflict, or derived (see below). */
export function mergeFields({ current, parsed, input, fields, base, hold }: MergeInput) {
  // Stored follow-ups cleared because the user changed their trigger (not sent, sent unchanged, or sent
  // empty as a hidden field is): not the user's own edits, so never a conflict, and only cleared when
  // that trigger change is written.
  const wanted = applied(current, Object.entries(parsed.values).map(([field, v]) => ({ field, old: null, new: v })));
  const derived = Object.keys(parsed.values).filter((f) => !(f in input) || parsed.untouched.includes(f)
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
    if (sameValue(theirs, base(field)) && !hold?.includes(field)) changes.push({ field, old: theirs, new: mine });
    else conflicts.push({ field, mine, theirs });
  }
  return { derived, conflicts, changes, proposed };
}

/** Derived clearings are written only with the trigger change that causes them. */
export function clearDerived(current: Answers, changes: AnswerChange[], derived: string[], fields: ReadonlyMap<string, Field>): void {
  const written = applied(current, changes);
  for (const field of derived) {
    if (current[field] !== undefined && !isFieldApplicable(fields.get(field)!, written)) {
      changes.push({ field, old: current[field], new: null });
    }
  }
}
