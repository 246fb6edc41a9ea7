/** A vaststeller's decision on an offered response (issue 16, point 7): approve it, or send it back with a remark. */
import { canSignOff, type SessionUser } from '../auth/roles.ts';
import { markApproved, markSentBack } from '../db/repos/signOff.ts';
import { messages } from '../messages.ts';
import { missingRequired } from '../survey/model.ts';
import { isoNow, type Services } from '../context.ts';
import { sendReceipts } from './responseNotices.ts';
import { sendSentBackNotices } from './signOffNotices.ts';
import { loadResponseView } from './responseView.ts';
import { approvalProblem, type SignOffResult } from './signOff.ts';

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
