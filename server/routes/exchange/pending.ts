import type { Request } from 'express';
import type { OfflinePending } from '../../services/offline/preview.ts';
import type { StoredImport } from '../../services/rawData/importPlan.ts';
import type { Services } from '../../context.ts';
import * as pending from '../../services/upload/pending.ts';

export interface BulkPending {
  kind: 'bulk';
  token: string;
  waveId: string;
  fileName: string;
  submit: boolean;
  file: StoredImport;
}

export type PendingUpload = OfflinePending | BulkPending;

export const { newToken } = pending;

/** Kept in the pending_uploads table under the user's id; false when too large to keep. */
export const keepPending = (s: Services, req: Request, upload: PendingUpload): Promise<boolean> =>
  pending.keepPending(s, req.user!.id, upload.kind, upload.token, upload);

/** This user's upload of this kind under `token` (the row is kept under the upload's own kind and token). */
export const findPending = <K extends PendingUpload['kind']>(
  s: Services, req: Request, token: string, kind: K,
): Promise<Extract<PendingUpload, { kind: K }> | null> => pending.findPending(s, req.user!.id, kind, token);

export const dropPending = (s: Services, token: string): Promise<unknown> => pending.dropPending(s, token);
