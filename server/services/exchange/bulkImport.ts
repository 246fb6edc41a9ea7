/**
 * Bulk import of responses in the 'Ruwe data' format: validate everything first (nothing is
 * stored while any row has a problem), then save each organisation through saveAnswers.
 */
import { organisationsForImport } from '../../db/repos/exportData.ts';
import { messages } from '../../messages.ts';
import type { AnswerValue } from '../../questions/index.ts';
import { fieldMap, missingRequired, type Answers } from '../../survey/model.ts';
import { parseAnswerInput, sameValue } from '../answerInput.ts';
import type { Services } from '../../context.ts';
import { saveAnswers, submitResponse } from '../responses.ts';
import { describeChange, type FieldChange } from './changes.ts';
import type { Problem } from './problems.ts';
import type { ImportRow } from './rawReader.ts';
import { texts } from './texts.ts';
import { loadWave } from '../surveyWaves.ts';

export interface OrganisationPlan {
  code: string;
  name: string;
  row: number;
  changes: FieldChange[];
  /** Already submitted before the import. */
  submitted: boolean;
  /** To be marked as submitted after saving. */
  submit: boolean;
  /** The row's cells for this organisation's own fields, as saveAnswers takes them. */
  input: Record<string, unknown>;
}

export interface ImportPlan {
  waveId: string;
  submit: boolean;
  organisations: OrganisationPlan[];
  problems: Problem[];
}

export interface StoredImport {
  sheet: string | undefined;
  rows: ImportRow[];
}

/** Checks every row against the wave's organisations and questions and lists what would change. */
export async function planImport(s: Services, waveId: string, file: StoredImport, submit: boolean): Promise<ImportPlan> {
  const { survey } = await loadWave(s, waveId);
  const { sheet, rows } = file;
  const problems: Problem[] = [];
  const data = await organisationsForImport(s.db, waveId, [...new Set(rows.map((r) => r.code).filter(Boolean))]);
  const orgs = new Map(data.organisations.map((o) => [o.code, o]));
  const actors = new Map(survey.actors.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const plans: OrganisationPlan[] = [];
  for (const r of rows) {
    const at = { sheet, row: r.row, cell: r.codeCell };
    if (!r.code) { problems.push({ ...at, message: texts.missingCode }); continue; }
    if (seen.has(r.code)) { problems.push({ ...at, message: texts.duplicateOrganisation(r.code) }); continue; }
    seen.add(r.code);
    const org = orgs.get(r.code);
    const actor = org && actors.get(org.actor_kind as never);
    if (!org || !actor) { problems.push({ ...at, message: texts.unknownOrganisation(r.code) }); continue; }
    const current: Answers = (org.response_id !== null ? data.answers.get(org.response_id) : undefined) ?? {};
    const fields = fieldMap(survey, org.actor_kind);
    const input: Record<string, unknown> = {};
    for (const [id, value] of Object.entries(r.input)) {
      if (fields.has(id)) input[id] = value;
      else if (value !== null) problems.push({ sheet, row: r.row, cell: r.cells[id], message: texts.notForActor(actor.label) });
    }
    const parsed = parseAnswerInput(survey, org.actor_kind, input, { mode: 'cell', current });
    for (const [id, error] of Object.entries(parsed.errors)) problems.push({ sheet, row: r.row, cell: r.cells[id], message: `${id}: ${error}` });
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
    const toSubmit = submit && !submitted && Object.keys(after).length > 0;
    if (changes.length && submitted) problems.push({ ...at, message: texts.alreadySubmitted(org.name) });
    if (toSubmit) {
      const missing = missingRequired(survey, org.actor_kind, after).length;
      if (missing) problems.push({ ...at, message: texts.cannotSubmit(missing) });
    }
    plans.push({ code: org.code, name: org.name, row: r.row, changes, submitted, submit: toSubmit, input });
  }
  // Bulk imports are staff work and may load a wave outside its fieldwork (e.g. a previous year's monitor).
  return { waveId, submit, organisations: plans, problems };
}

export interface ImportOutcome {
  saved: number;
  unchanged: number;
  submitted: number;
  failures: { code: string; message: string }[];
}

/** Stores a plan without problems: each organisation in its own transaction, as an import (no merge). */
export async function applyImport(s: Services, plan: ImportPlan, userId: number | null): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { saved: 0, unchanged: 0, submitted: 0, failures: [] };
  for (const p of plan.organisations) {
    if (p.changes.length === 0) {
      outcome.unchanged++;
    } else {
      const result = await saveAnswers(s, {
        waveId: plan.waveId, orgCode: p.code, userId, baseVersion: null,
        input: p.input, mode: 'cell', channel: 'import', outsideFieldwork: true,
      });
      if (result.kind !== 'saved') {
        const message = result.kind === 'locked' ? result.message : result.kind === 'invalid' ? [...new Set(Object.values(result.errors))].join(' ') : messages.conflict;
        outcome.failures.push({ code: p.code, message });
        continue;
      }
      outcome.saved++;
    }
    if (p.submit) {
      const r = await submitResponse(s, plan.waveId, p.code, userId, { outsideFieldwork: true });
      if (r.ok) outcome.submitted++;
      else outcome.failures.push({ code: p.code, message: r.message });
    }
  }
  return outcome;
}
