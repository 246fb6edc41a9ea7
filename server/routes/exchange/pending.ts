import { randomBytes } from 'node:crypto';
import type { Request } from 'express';
import type { StoredImport } from '../../services/exchange/bulkImport.ts';
import type { OfflinePending } from '../../services/exchange/offlineImport.ts';

export interface BulkPending {
  kind: 'bulk';
  token: string;
  waveId: string;
  fileName: string;
  submit: boolean;
  file: StoredImport;
}

export type PendingUpload = OfflinePending | BulkPending;

/** A few uploads at most wait in a session; the oldest goes first. */
const MAX_PENDING = 3;

export const newToken = (): string => randomBytes(16).toString('hex');

export function keepPending(req: Request, upload: PendingUpload): void {
  const all = { ...(req.session.exchangeUploads ?? {}), [upload.token]: upload };
  const tokens = Object.keys(all);
  for (const t of tokens.slice(0, Math.max(0, tokens.length - MAX_PENDING))) delete all[t];
  req.session.exchangeUploads = all;
}

export function findPending<K extends PendingUpload['kind']>(req: Request, token: string, kind: K): Extract<PendingUpload, { kind: K }> | null {
  const p = req.session.exchangeUploads?.[token];
  return p && p.kind === kind ? (p as Extract<PendingUpload, { kind: K }>) : null;
}

export function dropPending(req: Request, token: string): void {
  if (!req.session.exchangeUploads) return;
  const { [token]: _gone, ...rest } = req.session.exchangeUploads;
  req.session.exchangeUploads = rest;
}
