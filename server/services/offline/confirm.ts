/**
 * Confirmation of a previewed offline questionnaire: stored only through saveAnswers, based on the
 * version stamped in the workbook, and only when the preview the person saw is still true.
 */
import type { Services } from '../../context.ts';
import { messages } from '../../messages.ts';
import { saveAnswers } from '../responses.ts';
import { previewOffline, type OfflinePending, type OfflinePreview } from './preview.ts';

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
            [...preview.changes, ...preview.conflicts.filter((c) => choices[c.field] === 'werkboek')]
              .map((c) => [c.field, p.input[c.field] ?? null]),
          ),
        };
  const result = await saveAnswers(s, request);
  if (result.kind === 'saved') return { kind: 'saved', changed: result.changed.length, version: result.version };
  const fresh = await previewOffline(s, p);
  const notice = result.kind === 'locked' ? result.message : messages.conflict;
  return { kind: 'review', preview: fresh, status: result.kind === 'invalid' ? 422 : 409, notice };
}
