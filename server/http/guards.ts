import type { NextFunction, Request, Response } from 'express';
import { canEditResponse, canViewResponse, type Role, type SessionUser } from '../auth/roles.ts';
import { messages } from '../messages.ts';
import { forbidden, HttpError, sameOrigin } from './errors.ts';

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
