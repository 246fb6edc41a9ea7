// Redirect after every upload (issue 15): what a refused upload or an import preview showed is kept
// server-side under a token, and the form's own address shows it again (`?melding=<token>`), so the
// browser never stays on a POST that a refresh would send again, file and all.
import type { Request, Response } from 'express';
import type { Services } from '../context.ts';
import { findPending, keepPending, newToken } from '../services/upload/pending.ts';
import { query } from './requestValues.ts';

/** What the page after the upload shows: its HTTP status and the route's own values for its template. */
export interface UploadResult<T> {
  status: number;
  values: T;
}

interface Stored<T> extends UploadResult<T> {
  at: string;
}

/**
 * Keeps `result` and redirects to `at?melding=…`; when it cannot be kept (far too large), `render`
 * shows it at once instead, as before.
 */
export async function redirectWithResult<T>(
  s: Services, req: Request, res: Response, at: string, result: UploadResult<T>, render: () => void,
): Promise<void> {
  const token = newToken();
  if (!(await keepPending(s, req.user!.id, 'result', token, { at, ...result } satisfies Stored<T>))) return render();
  res.redirect(303, `${at}?melding=${encodeURIComponent(token)}`);
}

/** The result kept for this form (`?melding=`), for this user only; null without one or once it expired. */
export async function resultFor<T>(s: Services, req: Request, at: string): Promise<UploadResult<T> | null> {
  const token = query(req, 'melding');
  const stored = await findPending<Stored<T>>(s, req.user!.id, 'result', token);
  return stored && stored.at === at ? { status: stored.status, values: stored.values } : null;
}
