// Reopening a submitted response while the fieldwork is open, with a notice to the other accounts.
import { setResponseState } from '../db/repos/responses.ts';
import { messages } from '../messages.ts';
import { isoNow, type Services } from '../context.ts';
import { sendReopenedNotices } from './responseNotices.ts';
import type { StateResult } from './responseState.ts';
import { loadResponseView } from './responseView.ts';

/** Makes a submitted response editable again, while the fieldwork is open. */
export async function reopenResponse(s: Services, waveId: string, orgCode: string, userId: number | null): Promise<StateResult> {
  const view = await loadResponseView(s, waveId, orgCode);
  if (view.fieldwork !== 'open') return { ok: false, message: view.fieldwork === 'closed' ? messages.waveClosed : messages.waveNotOpen };
  if (!view.response || !view.submitted) return { ok: true };
  await setResponseState(s.db, view.response.id, 'concept', userId, isoNow(s));
  await sendReopenedNotices(s, view, userId);
  return { ok: true };
}
