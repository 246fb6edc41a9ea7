// Handing a response in (submit, or offer for sign-off); reopening it is responseReopen.ts.
import { clearCarried } from '../db/repos/carriedAnswers.ts';
import { getOrCreateResponse, setResponseState } from '../db/repos/responses.ts';
import { messages } from '../messages.ts';
import { openAtSubmitOf } from '../survey/model.ts';
import { isoNow, type Services } from '../context.ts';
import { sendReceipts } from './responseNotices.ts';
import { lockMessage } from './responseLock.ts';
import { loadResponseView } from './responseView.ts';
import { offerResponse, signOffRequired } from './signOff.ts';

/** `offered`: the wave asks for sign-off, so the response was offered for it rather than submitted. */
export type StateResult =
  | { ok: true; offered?: boolean }
  /**
   * `missing`: required questions that must be answered first; `open`: questions to confirm leaving open;
   * `carried`: answers copied from last year to confirm (issue 17).
   */
  | { ok: false; message: string; missing?: string[]; open?: string[]; carried?: string[] };

export interface SubmitOptions {
  /** Staff loading data outside the fieldwork (bulk import, raw data): no fieldwork check, no receipts. */
  outsideFieldwork?: boolean;
  /** A bulk import of earlier answers as they were: submitted with required questions left blank. */
  allowUnanswered?: boolean;
  /** The moment of submitting (ISO), when not now: the imported file's 'Ingediend op'. */
  submittedAt?: string;
  /** The respondent confirmed submitting with the questions the definition lets stay open. */
  confirmOpen?: boolean;
  /** The respondent confirmed the answers copied from last year that are still untouched (issue 17). */
  confirmCarried?: boolean;
}

/**
 * Hands the response in: only during the fieldwork, with every question answered that the
 * definition says must be, and with a confirmation for those it lets stay open.
 */
export async function submitResponse(
  s: Services,
  waveId: string,
  orgCode: string,
  userId: number | null,
  opts: SubmitOptions = {},
): Promise<StateResult> {
  const view = await loadResponseView(s, waveId, orgCode);
  const locked = lockMessage(view, opts.outsideFieldwork);
  if (locked) return { ok: false, message: locked };
  const { blocking, toConfirm } = openAtSubmitOf(view.survey, view.organisation.actor_kind, view.answers);
  if (blocking.length > 0 && !opts.allowUnanswered)
    return { ok: false, message: messages.submitMissing(blocking.length), missing: blocking.map((q) => q.id) };
  // Copied answers nobody looked at again: asked to confirm before submitting (staff imports do not ask).
  if (view.carried.length > 0 && !opts.outsideFieldwork && !opts.confirmCarried)
    return { ok: false, message: messages.lastYear.unconfirmed(view.carried.length), carried: view.carried };
  if (toConfirm.length > 0 && !opts.allowUnanswered && !opts.confirmOpen)
    return { ok: false, message: messages.submitConfirmOpen(toConfirm.length), open: toConfirm.map((q) => q.id) };
  // Confirmed now, also when the answers go to a vaststeller first: copies count once they are offered.
  if (view.carried.length > 0 && view.response && !opts.outsideFieldwork) await clearCarried(s.db, view.response.id);
  // Sign-off inside the organisation (issue 16, point 7): offered, not submitted; staff imports skip it.
  if (signOffRequired(view) && !opts.outsideFieldwork) {
    return (await offerResponse(s, view, userId)) ? { ok: true, offered: true } : { ok: false, message: messages.signOff.locked };
  }
  const response = await getOrCreateResponse(s.db, waveId, orgCode, isoNow(s));
  await setResponseState(s.db, response.id, 'ingediend', userId, isoNow(s), opts.submittedAt ?? isoNow(s));
  // A receipt to every account; not for staff imports of data outside the fieldwork (bulk, raw data).
  if (!opts.outsideFieldwork) await sendReceipts(s, view, userId);
  return { ok: true };
}
