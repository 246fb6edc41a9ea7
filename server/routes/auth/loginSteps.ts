import type { NextFunction, Request, Response } from 'express';
import type { SessionUser } from '../../auth/roles.ts';
import { throttledMessage } from '../../auth/throttle.ts';
import type { AppPassport } from '../../http/setUpAuth.ts';
import type { Services } from '../../context.ts';
import { noteLogin } from '../../services/accountSecurity.ts';

const safeReturn = (to: string | undefined): string => (to && to.startsWith('/') && !to.startsWith('//') ? to : '/');
export { str } from '../requestValues.ts';

export function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
}

/** Messages per field of the login form (the account-level ones stand at the e-mail field). */
export type LoginErrors = Partial<Record<'email' | 'password', string>>;

export function renderLogin(res: Response, status: number, email: string, errors: LoginErrors): void {
  res.status(status).render('login', { title: 'Inloggen', email, errors, expired: false });
}

export function renderThrottled(res: Response, seconds: number, view: 'login' | 'login-code', email = ''): void {
  res.set('Retry-After', String(seconds));
  if (view === 'login') return renderLogin(res, 429, email, { email: throttledMessage(seconds) });
  res.status(429).render('login-code', { title: 'Inlogcode', error: throttledMessage(seconds) });
}

/** New session id at every step up in rights (no fixation); carry over only what the user was doing. */
export async function completeLogin(s: Services, req: Request, res: Response, next: NextFunction, user: SessionUser): Promise<void> {
  const { pendingForm, returnTo } = req.session;
  await regenerate(req);
  if (pendingForm) req.session.pendingForm = pendingForm;
  req.login(user, { session: true, keepSessionInfo: true }, (loginErr) => {
    if (loginErr) return next(loginErr);
    noteLogin(s, user.id).then(() => res.redirect(303, safeReturn(pendingForm?.path ?? returnTo)), next);
  });
}

/** Runs passport's 'local' strategy without touching the session: the user, or null for a wrong login. */
export function checkPassword(passport: AppPassport, req: Request, res: Response): Promise<SessionUser | null> {
  return new Promise((resolve, reject) => {
    passport.authenticate('local', { session: false }, (err: unknown, user: SessionUser | false) => {
      if (err) reject(err instanceof Error ? err : new Error(String(err)));
      else resolve(user || null);
    })(req, res, reject);
  });
}
