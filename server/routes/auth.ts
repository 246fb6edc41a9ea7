import { Router, type NextFunction, type Request, type Response } from 'express';
import { loginSucceeded, reserveLoginAttempt, reserveTotpAttempt, totpSucceeded } from '../auth/loginThrottle.ts';
import { toSessionUser, type SessionUser } from '../auth/roles.ts';
import { throttledMessage } from '../auth/throttle.ts';
import { canUseTotp } from '../auth/totp.ts';
import type { AppPassport } from '../http/setUpAuth.ts';
import { flash } from '../http/setUpViews.ts';
import { messages } from '../messages.ts';
import type { Services } from '../context.ts';
import { isoNow } from '../context.ts';
import { findAccount, noteLogin, useTotpCode } from '../services/accountSecurity.ts';
import { accountSecurityRoutes } from './accountSecurity.ts';

const safeReturn = (to: string | undefined): string => (to && to.startsWith('/') && !to.startsWith('//') ? to : '/');
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The second step must follow the password within this time. */
const TOTP_PENDING_MINUTES = 5;
const totpFailed = 'De code is onjuist of verlopen. Vul de zescijferige code in die uw app nu toont.';

function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
}

/** Messages per field of the login form (the account-level ones stand at the e-mail field). */
type LoginErrors = Partial<Record<'email' | 'password', string>>;

function renderLogin(res: Response, status: number, email: string, errors: LoginErrors): void {
  res.status(status).render('login', { title: 'Inloggen', email, errors, expired: false });
}

function renderThrottled(res: Response, seconds: number, view: 'login' | 'login-code', email = ''): void {
  res.set('Retry-After', String(seconds));
  if (view === 'login') return renderLogin(res, 429, email, { email: throttledMessage(seconds) });
  res.status(429).render('login-code', { title: 'Inlogcode', error: throttledMessage(seconds) });
}

/** New session id at every step up in rights (no fixation); carry over only what the user was doing. */
async function completeLogin(s: Services, req: Request, res: Response, next: NextFunction, user: SessionUser): Promise<void> {
  const { pendingForm, returnTo } = req.session;
  await regenerate(req);
  if (pendingForm) req.session.pendingForm = pendingForm;
  req.login(user, { session: true, keepSessionInfo: true }, (loginErr) => {
    if (loginErr) return next(loginErr);
    noteLogin(s, user.id).then(() => res.redirect(303, safeReturn(pendingForm?.path ?? returnTo)), next);
  });
}

/** Runs passport's 'local' strategy without touching the session: the user, or null for a wrong login. */
function checkPassword(passport: AppPassport, req: Request, res: Response): Promise<SessionUser | null> {
  return new Promise((resolve, reject) => {
    passport.authenticate('local', { session: false }, (err: unknown, user: SessionUser | false) => {
      if (err) reject(err instanceof Error ? err : new Error(String(err)));
      else resolve(user || null);
    })(req, res, reject);
  });
}

export function authRoutes(s: Services, passport: AppPassport): Router {
  const r = Router();

  r.get('/inloggen', (req, res) => {
    if (req.user) return res.redirect('/');
    res.render('login', { title: 'Inloggen', email: '', errors: {}, expired: Boolean(req.session.pendingForm) });
  });

  r.post('/inloggen', async (req, res, next) => {
    const email = str(req.body?.email);
    // An empty field is a slip, not a guess: say which, and do not count it as a failed login.
    const missing: LoginErrors = {};
    if (!email.trim()) missing.email = messages.loginEmailMissing;
    if (!str(req.body?.password)) missing.password = messages.loginPasswordMissing;
    if (missing.email || missing.password) return renderLogin(res, 422, email, missing);
    // Counted before the (slow) password check, so parallel guesses cannot all get through.
    const attempt = await reserveLoginAttempt(s, req, email);
    if (!attempt.ok) return renderThrottled(res, attempt.wait, 'login', email);
    const user = await checkPassword(passport, req, res);
    if (!user) return renderLogin(res, 401, email, { email: messages.loginFailed });
    await loginSucceeded(s, attempt, email);
    const row = await findAccount(s, user.id);
    if (row?.totp_secret && canUseTotp(user.role)) {
      // Password right, second factor to come: not logged in yet, only remembered who is trying.
      const { pendingForm, returnTo } = req.session;
      await regenerate(req);
      Object.assign(req.session, { pendingForm, returnTo, totpPending: { userId: user.id, email: user.email, since: isoNow(s) } });
      return res.redirect(303, '/inloggen/code');
    }
    await completeLogin(s, req, res, next, user);
  });

  const pendingUser = (req: Request) => {
    const p = req.session.totpPending;
    if (!p || Date.parse(p.since) + TOTP_PENDING_MINUTES * 60_000 < s.now().getTime()) return null;
    return p;
  };

  r.get('/inloggen/code', (req, res) => {
    if (!pendingUser(req)) return res.redirect(303, '/inloggen');
    res.render('login-code', { title: 'Inlogcode', error: null });
  });

  r.post('/inloggen/code', async (req, res, next) => {
    const pending = pendingUser(req);
    if (!pending) {
      flash(req, 'info', 'Log opnieuw in: de tijd voor de inlogcode was verstreken.');
      return res.redirect(303, '/inloggen');
    }
    // The code has its own counter: a right password does not give a fresh budget of code guesses.
    const attempt = await reserveTotpAttempt(s, req, pending.userId);
    if (!attempt.ok) return renderThrottled(res, attempt.wait, 'login-code');
    const row = await findAccount(s, pending.userId);
    if (!row || !row.active || !(await useTotpCode(s, row, str(req.body?.code)))) {
      return res.status(401).render('login-code', { title: 'Inlogcode', error: totpFailed });
    }
    await totpSucceeded(s, attempt, pending.userId);
    delete req.session.totpPending;
    await completeLogin(s, req, res, next, toSessionUser(row));
  });

  r.post('/uitloggen', (req, res, next) => {
    // passport gives the session a new id (and forgets the old one in the store) on logout.
    req.logout({ keepSessionInfo: false }, (err) => {
      if (err) return next(err);
      flash(req, 'info', 'U bent uitgelogd.');
      res.redirect(303, '/inloggen');
    });
  });

  r.use(accountSecurityRoutes(s));
  return r;
}
