import { canSignOff, type SessionUser } from '../auth/roles.ts';
import { getOrCreateResponse } from '../db/repos/responses.ts';
import { markApproved, markOffered, markSentBack } from '../db/repos/signOff.ts';
import { messages } from '../messages.ts';
import { missingRequired } from '../survey/model.ts';
import { isoNow, type Services } from '../context.ts';
import { sendReceipts } from './responseNotices.ts';
import { sendOfferedNotices, sendSentBackNotices } from './signOffNotices.ts';
import { loadResponseView, type ResponseView } from './responseView.ts';

/**
 * Sign-off inside the organisation (issue 16, point 7). When the wave asks for it, submitting offers
 * the response for sign-off ('ter vaststelling'); a vaststeller of the same organisation then approves
 * it (it counts as submitted from that moment, with the usual receipts) or sends it back with a remark.
 * Without the wave setting none of this is reached and submitting works as before.
 */

export type SignOffResult =
  | { ok: true; message: string }
  /** 403: not a vaststeller of this organisation, or four eyes; 409: nothing offered or fieldwork closed; 422: bad remark. */
  | { ok: false; status: 403 | 409 | 422; message: string; field?: 'opmerking' };

/** Whether submitting in this wave means offering for sign-off. */
export const signOffRequired = (v: Pick<ResponseView, 'wave'>): boolean => v.wave.sign_off_required === 1;
export const fourEyes = (v: Pick<ResponseView, 'wave'>): boolean => v.wave.sign_off_four_eyes === 1;

/** Offers a complete response for sign-off (called by submitResponse once its checks passed). */
export async function offerResponse(s: Services, v: ResponseView, userId: number | null): Promise<boolean> {
  const done = await s.db.transaction().execute(async (trx) => {
    const response = await getOrCreateResponse(trx, v.wave.id, v.organisation.code, isoNow(s));
    return markOffered(trx, response.id, userId, isoNow(s));
  });
  if (done) await sendOfferedNotices(s, v, userId);
  return done;
}

/** What a vaststeller may do with the response now: null when approving is possible, else why not. */
export function approvalProblem(v: ResponseView, user: SessionUser): Exclude<SignOffResult, { ok: true }> | null {
  if (!canSignOff(user, v.organisation.code)) return { ok: false, status: 403, message: messages.signOff.notAllowed };
  if (!v.offered) return { ok: false, status: 409, message: messages.signOff.nothingOffered };
  if (v.fieldwork !== 'open') {
    return { ok: false, status: 409, message: v.fieldwork === 'closed' ? messages.waveClosed : messages.waveNotOpen };
  }
  if (fourEyes(v) && v.offered.by === user.id) return { ok: false, status: 403, message: messages.signOff.fourEyes };
  return null;
}

/** 'Vaststellen': the response is submitted now, by the vaststeller; receipts go out as for any submission. */
export async function approveResponse(s: Services, waveId: string, orgCode: string, user: SessionUser): Promise<SignOffResult> {
  const v = await loadResponseView(s, waveId, orgCode);
  const problem = approvalProblem(v, user);
  if (problem) return problem;
  // Answers are locked while offered; a definition change since could still leave a required one open.
  const missing = missingRequired(v.survey, v.organisation.actor_kind, v.answers);
  if (missing.length > 0) return { ok: false, status: 409, message: messages.submitMissing(missing.length) };
  const done = await s.db.transaction().execute((trx) => markApproved(trx, v.response!.id, user.id, isoNow(s)));
  // Someone else approved or sent it back a moment ago: nothing changed here.
  if (!done) return { ok: false, status: 409, message: messages.signOff.nothingOffered };
  await sendReceipts(s, v, user.id);
  return { ok: true, message: messages.signOff.approved };
}

export const REMARK_MAX = 2000;

/** Sends an offered response back to the respondents with a remark (required), whatever the fieldwork. */
export async function sendBackResponse(
  s: Services, waveId: string, orgCode: string, user: SessionUser, remarkInput: string,
): Promise<SignOffResult> {
  const v = await loadResponseView(s, waveId, orgCode);
  if (!canSignOff(user, v.organisation.code)) return { ok: false, status: 403, message: messages.signOff.notAllowed };
  if (!v.offered) return { ok: false, status: 409, message: messages.signOff.nothingOffered };
  const remark = remarkInput.trim();
  if (!remark) return { ok: false, status: 422, message: messages.signOff.remarkMissing, field: 'opmerking' };
  if (remark.length > REMARK_MAX) return { ok: false, status: 422, message: messages.signOff.remarkTooLong, field: 'opmerking' };
  const done = await s.db.transaction().execute((trx) => markSentBack(trx, v.response!.id, user.id, remark, isoNow(s)));
  if (!done) return { ok: false, status: 409, message: messages.signOff.nothingOffered };
  await sendSentBackNotices(s, v, user.id, remark);
  return { ok: true, message: messages.signOff.sentBack };
}
