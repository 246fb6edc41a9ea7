/**
 * The preview of an uploaded offline questionnaire. It sorts every field: changed in the workbook,
 * changed online by a colleague (kept), or changed on both sides (a conflict the respondent
 * decides). Nothing is stored here; see confirm.ts.
 */
import { answersAtVersion } from '../../db/repos/responses.ts';
import type { AnswerValue } from '../../questions/index.ts';
import { fieldMap, type Answers } from '../../survey/model.ts';
import { parseAnswerInput, sameValue } from '../answerInput.ts';
import type { Services } from '../../context.ts';
import { loadResponseView, lockMessage, type ResponseView } from '../responses.ts';
import type { Problem } from '../spreadsheet/problems.ts';
import { describeChange, formatValue, partLabel, type FieldChange } from './changes.ts';
import type { CellRef } from './reader.ts';

export interface OfflinePending {
  kind: 'offline';
  token: string;
  waveId: string;
  orgCode: string;
  fileName: string;
  /** The version stamped in the workbook at download. */
  baseVersion: number;
  input: Record<string, unknown>;
  cells: Record<string, CellRef>;
}

export interface ConflictItem {
  field: string;
  questionId: string;
  part: string;
  question: string;
  workbook: string | null;
  online: string | null;
}

export interface OfflinePreview {
  view: ResponseView;
  /** The online version the preview was computed against. */
  currentVersion: number;
  changes: FieldChange[];
  conflicts: ConflictItem[];
  /** Changed online since the download and untouched in the workbook: stays as it is online. */
  keptOnline: FieldChange[];
  unchanged: number;
  problems: Problem[];
  /** Why nothing can be saved now (fieldwork closed, already submitted), or null. */
  locked: string | null;
}

export async function previewOffline(s: Services, p: OfflinePending): Promise<OfflinePreview> {
  const view = await loadResponseView(s, p.waveId, p.orgCode);
  const actor = view.organisation.actor_kind;
  const fields = fieldMap(view.survey, actor);
  const current = view.answers;
  const parsed = parseAnswerInput(view.survey, actor, p.input, { mode: 'cell', current });
  const problems: Problem[] = Object.entries(parsed.errors).map(([id, message]) => ({ ...p.cells[id], message }));
  const base: Answers =
    !view.response || p.baseVersion >= view.version ? current : await answersAtVersion(s.db, view.response.id, p.baseVersion);
  const out: OfflinePreview = {
    view, currentVersion: view.version, changes: [], conflicts: [], keptOnline: [], unchanged: 0, problems, locked: lockMessage(view),
  };
  // In questionnaire order, whatever order the sheets and rows came in.
  const order = [...fields.keys()];
  const entries = Object.entries(parsed.values).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  for (const [id, mine] of entries) {
    if (parsed.errors[id]) continue;
    const field = fields.get(id)!;
    const theirs = current[id] ?? null;
    const before = base[id] ?? null;
    if (sameValue(mine, theirs)) out.unchanged++;
    else if (sameValue(mine, before)) out.keptOnline.push(describeChange(field, before, theirs));
    else if (sameValue(theirs, before)) out.changes.push(describeChange(field, theirs, mine as AnswerValue | null));
    else {
      out.conflicts.push({
        field: id, questionId: field.question.id, part: partLabel(field), question: field.question.text,
        workbook: formatValue(field, mine), online: formatValue(field, theirs),
      });
    }
  }
  return out;
}
