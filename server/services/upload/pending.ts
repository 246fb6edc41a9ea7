/**
 * Uploads waiting for confirmation, kept server-side (table pending_uploads); the session holds
 * nothing of them, only the token travels in the URL or form. JSON with dates revived, since
 * parsed cells may be dates.
 */
import { randomBytes } from 'node:crypto';
import { deletePendingUpload, findPendingUpload, savePendingUpload } from '../../db/repos/pendingUploads.ts';
import type { Services } from '../../context.ts';

export type PendingKind = 'offline' | 'bulk' | 'organisations' | 'contacts' | 'result';

/** Expires an hour after the upload: confirming later means uploading again. */
export const PENDING_MINUTES = 60;
/** A few previews per person and kind at most; the oldest goes first. */
const KEEP_PER_KIND = 3;
/** A national bulk import is about 10 MB as JSON; anything far above is refused, not stored. */
export const MAX_PENDING_BYTES = 64 * 1024 * 1024;

export const newToken = (): string => randomBytes(24).toString('base64url');

const DATE = '$date';

function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE]: raw.toISOString() } : v;
  });
}

const isDate = (v: unknown): v is Record<string, string> =>
  v !== null && typeof v === 'object' && DATE in v && Object.keys(v).length === 1;

const decode = (text: string): unknown => JSON.parse(text, (_k, v: unknown) => (isDate(v) ? new Date(v[DATE]!) : v));

/** Stores `value` under `token`; false when it is too large to keep. */
export async function keepPending(s: Services, userId: number, kind: PendingKind, token: string, value: unknown): Promise<boolean> {
  const payload = encode(value);
  if (payload.length > MAX_PENDING_BYTES) return false;
  const now = s.now();
  await savePendingUpload(s.db, {
    token, userId, kind, payload, now: now.toISOString(), expiresAt: new Date(now.getTime() + PENDING_MINUTES * 60_000).toISOString(),
  }, KEEP_PER_KIND);
  return true;
}

export async function findPending<T>(s: Services, userId: number, kind: PendingKind, token: string): Promise<T | null> {
  if (!token) return null;
  const row = await findPendingUpload(s.db, { token, userId, kind, now: s.now().toISOString() });
  return row ? (decode(row.payload) as T) : null;
}

export const dropPending = (s: Services, token: string): Promise<unknown> => deletePendingUpload(s.db, token);
