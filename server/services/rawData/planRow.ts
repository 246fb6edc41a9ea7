/** One row of a bulk import checked against its organisation: what would change, and every problem. */
import type { ExportOrganisation } from '../../db/repos/exportData.ts';
import { messages } from '../../messages.ts';
import type { AnswerValue } from '../../questions/index.ts';
import { fieldMap, missingRequired, type Answers } from '../../survey/model.ts';
import type { Survey } from '../../survey/schema.ts';
import { parseAnswerInput, sameValue } from '../answerInput.ts';
import { describeChange, type FieldChange } from '../offline/changes.ts';
import type { Problem } from '../spreadsheet/problems.ts';
import type { ImportRow } from './reader.ts';

export interface OrganisationPlan {
  code: string;
  name: string;
  row: number;
  changes: FieldChange[];
  /** Already submitted before the import. */
  submitted: boolean;
  /** To be marked as submitted after saving. */
  submit: boolean;
  /**
   * Submitted with these required questions unanswered (ids, in questionnaire order): earlier
   * answers are loaded as they were, blanks included; the preview and the report name them.
   */
  unanswered: string[];
  /** The file's 'Ingediend op' (ISO), kept as the submission time; null: the moment of the import. */
  submittedAt: string | null;
  /** The row's cells for this organisation's own fields, as saveAnswers takes them. */
  input: Record<string, unknown>;
}

export interface RowToPlan {
  survey: Survey;
  sheet: string | undefined;
  row: ImportRow;
  org: ExportOrganisation;
  actor: Survey['actors'][number];
  /** The organisation's answers as they are now. */
  current: Answers;
  /** Whether the import marks responses as submitted. */
  submit: boolean;
}

/** Adds the row's problems to `problems` and returns its plan. */
export function planRow(p: RowToPlan, problems: Problem[]): OrganisationPlan {
  const { survey, sheet, row: r, org, current } = p;
  const at = { sheet, row: r.row, cell: r.codeCell };
  const fields = fieldMap(survey, org.actor_kind);
  const input: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(r.input)) {
    if (fields.has(id)) input[id] = value;
    else if (value !== null) {
      problems.push({ sheet, row: r.row, cell: r.cells[id], message: messages.bulkImport.notForActor(p.actor.label) });
    }
  }
  const parsed = parseAnswerInput(survey, org.actor_kind, input, { mode: 'cell', current });
  for (const [id, error] of Object.entries(parsed.errors)) {
    problems.push({ sheet, row: r.row, cell: r.cells[id], message: `${id}: ${error}` });
  }
  const changes: FieldChange[] = [];
  const after: Answers = { ...current };
  for (const [id, v] of Object.entries(parsed.values)) {
    if (parsed.errors[id] || sameValue(v, current[id])) continue;
    changes.push(describeChange(fields.get(id)!, current[id], v));
    if (v === null) delete after[id];
    else after[id] = v as AnswerValue;
  }
  const submitted = org.response_state === 'ingediend';
  // Only rows with answers are responses to submit; an empty row (an organisation that did not take part) is left alone.
  const toSubmit = p.submit && !submitted && Object.keys(after).length > 0;
  if (changes.length && submitted) problems.push({ ...at, message: messages.bulkImport.alreadySubmitted(org.name) });
  // Earlier fieldwork as it was: a blank required question does not stop the submission (the
  // 2024 data has them); it is reported per organisation instead.
  const unanswered = toSubmit ? missingRequired(survey, org.actor_kind, after).map((q) => q.id) : [];
  return {
    code: org.code,
    name: org.name,
    row: r.row,
    changes,
    submitted,
    submit: toSubmit,
    unanswered,
    submittedAt: r.submittedAt,
    input,
  };
}
