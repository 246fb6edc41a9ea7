/** Sign-off's rules and its first step, offering; what a vaststeller then does is in signOffDecisions.ts. */
import { canSignOff, type SessionUser } from '../auth/roles.ts';
import { getOrCreateResponse } from '../db/repos/responses.ts';
import { markOffered } from '../db/repos/signOff.ts';
import { messages } from '../messages.ts';
import { isoNow, type Services } from '../context.ts';
import { sendOfferedNotices } from './signOffNotices.ts';
import type { ResponseView } from './responseView.ts';

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
