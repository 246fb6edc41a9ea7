// Why a response's answers cannot be changed now (fieldwork, submitted, offered for sign-off).
import { messages } from '../messages.ts';
import type { ResponseView } from './responseView.ts';

/** Why the answers cannot be changed now, or null when they can. */
export const lockMessage = (
  v: Pick<ResponseView, 'fieldwork' | 'submitted'> & { offered?: unknown }, outsideFieldwork = false,
): string | null =>
  outsideFieldwork ? (v.submitted ? messages.alreadySubmitted : v.offered ? messages.signOff.locked : null)
  : v.fieldwork === 'closed' ? messages.waveClosed
  : v.fieldwork !== 'open' ? messages.waveNotOpen
  : v.submitted ? messages.alreadySubmitted
  // Waiting for the vaststeller: read-only for everyone until it is approved or sent back.
  : v.offered ? messages.signOff.locked
  : null;
