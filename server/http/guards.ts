import type { NextFunction, Request, Response } from 'express';
import { canEditResponse, canViewResponse, type Role, type SessionUser } from '../auth/roles.ts';
import { messages } from '../messages.ts';
import { forbidden, HttpError, sameOrigin } from './errors.ts';
import { UPLOAD_ROUTES } from './setUpCsrf.ts';

/** Pages: not logged in → login page, keeping the way back (and a posted form, see below). */
export function requireLogin(req: Request, res: Response, next: NextFunction): void {
  if (req.user) return next();
  if (req.path.startsWith('/api/') || req.baseUrl.startsWith('/api')) {
    res.status(401).json({ error: messages.loginRequired });
    return;
  }
  if (req.method === 'GET') req.session.returnTo = req.originalUrl;
  else if (req.method === 'POST' && sameOrigin(req) && req.body && typeof req.body === 'object') {
    // The session expired while the user was typing: keep the form to show again after login.
    const { _csrf: _ignored, ...body } = req.body as Record<string, unknown>;
    req.session.pendingForm = { path: req.originalUrl, body };
    req.session.returnTo = req.originalUrl;
  }
  res.redirect(303, '/inloggen');
}

export const requireRole =
  (...roles: Role[]) =>
  (req: Request, _res: Response, next: NextFunction): void => {
    if (!req.user) return next(new HttpError(401, messages.loginRequired));
    next(roles.includes(req.user.role) ? undefined : forbidden());
  };

export function assertCanView(user: SessionUser, org: string): void {
  if (!canViewResponse(user, org)) throw forbidden();
}

export function assertCanEdit(user: SessionUser, org: string): void {
  if (!canEditResponse(user, org)) throw forbidden();
}

export const param = (req: Request, name: string): string => {
  const v = req.params[name];
  if (typeof v !== 'string') throw new HttpError(400, 'Ongeldig adres.');
  return v;
};

/**
 * A row id from the path: a whole number from 1 up to the largest an integer column holds (PostgreSQL's
 * int4; SQLite would take a larger one and find nothing), NaN otherwise, so every lookup misses (a 404).
 */
export const idParam = (req: Request, name: string): number => {
  const v = param(req, name);
  const id = /^[1-9][0-9]{0,9}$/.test(v) ? Number(v) : NaN;
  return id <= 2_147_483_647 ? id : NaN;
};

const hasBody = (req: Request) => req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * After the body parsers. Express 5 leaves req.body undefined when no parser read it, and routes
 * read fields from it: without this, a post with no body or a text/plain one was a 500. A body
 * none of our parsers reads is refused (415) rather than treated as an empty form, which would
 * clear the answers of a theme; multipart is read by multer on the upload routes only.
 */
export function requireReadableBody(req: Request, _res: Response, next: NextFunction): void {
  if (req.body !== undefined) return next();
  const multipartUpload = Boolean(req.is('multipart/form-data')) && UPLOAD_ROUTES.some((re) => re.test(req.path));
  if (WRITES.has(req.method) && hasBody(req) && !multipartUpload) return next(new HttpError(415, messages.unreadableBody));
  req.body = {};
  next();
}
