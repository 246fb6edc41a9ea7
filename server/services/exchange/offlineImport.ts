/**
 * Preview and confirmation of an uploaded offline questionnaire. The preview sorts every field:
 * changed in the workbook, changed online by a colleague (kept), or changed on both sides
 * (a conflict the respondent decides). Nothing is stored before confirmation, and then only
 * through saveAnswers, based on the version stamped in the workbook.
 */
import { answersAtVersion } from '../../db/repos/responses.ts';
import type { AnswerValue } from '../../questions/index.ts';
import { fieldMap, type Answers } from '../../survey/model.ts';
import { parseAnswerInput, sameValue } from '../answerInput.ts';
import type { Services } from '../../context.ts';
import { loadResponseView, lockMessage, saveAnswers, type ResponseView } from '../responses.ts';
import { messages } from '../../messages.ts';
import { describeChange, formatValue, partLabel, type FieldChange } from './changes.ts';
import type { CellRef } from './offlineReader.ts';
import type { Problem } from './problems.ts';

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

export type Choice = 'werkboek' | 'online';

export type ConfirmResult =
  | { kind: 'saved'; changed: number; version: number }
  | { kind: 'review'; preview: OfflinePreview; status: number; notice?: string; missingChoices?: string[] };

/**
 * Stores the previewed changes. `seenVersion` is the online version the person looked at; when it
 * moved on meanwhile, or a new conflict shows up, the preview is shown again instead.
 */
export async function confirmOffline(
  s: Services, p: OfflinePending, seenVersion: number, choices: Record<string, Choice>, userId: number | null,
): Promise<ConfirmResult> {
  const preview = await previewOffline(s, p);
  if (preview.problems.length) return { kind: 'review', preview, status: 422 };
  if (preview.locked) return { kind: 'review', preview, status: 409, notice: preview.locked };
  if (preview.currentVersion !== seenVersion) return { kind: 'review', preview, status: 409, notice: messages.conflict };
  const missingChoices = preview.conflicts.filter((c) => !choices[c.field]).map((c) => c.field);
  if (missingChoices.length) return { kind: 'review', preview, status: 422, missingChoices };
  const common = { waveId: p.waveId, orgCode: p.orgCode, target: preview.view, userId, mode: 'cell' as const, channel: 'excel' };
  // Without conflicts: the workbook as downloaded, merged by saveAnswers against the stamped version.
  // With conflicts decided: only the workbook's own changes and the conflicts won by the workbook.
  const request =
    preview.conflicts.length === 0
      ? { ...common, baseVersion: p.baseVersion, input: p.input }
      : {
          ...common,
          baseVersion: preview.currentVersion,
          input: Object.fromEntries(
            [...preview.changes.map((c) => c.field), ...preview.conflicts.filter((c) => choices[c.field] === 'werkboek').map((c) => c.field)]
              .map((f) => [f, p.input[f] ?? null]),
          ),
        };
  const result = await saveAnswers(s, request);
  if (result.kind === 'saved') return { kind: 'saved', changed: result.changed.length, version: result.version };
  const fresh = await previewOffline(s, p);
  return { kind: 'review', preview: fresh, status: result.kind === 'invalid' ? 422 : 409, notice: result.kind === 'locked' ? result.message : messages.conflict };
}
