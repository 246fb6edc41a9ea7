import { Router } from 'express';
import { loginSucceeded, reserveLoginAttempt } from '../../auth/loginThrottle.ts';
import { canUseTotp } from '../../auth/totp.ts';
import type { AppPassport } from '../../http/setUpAuth.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';
import { isoNow } from '../../context.ts';
import { findAccount } from '../../services/accountSecurity.ts';
import { checkPassword, completeLogin, regenerate, renderLogin, renderThrottled, str, type LoginErrors } from './loginSteps.ts';

/** The first step of logging in: e-mail and password (then the code, if the account has a second factor). */
export function passwordLoginRoutes(s: Services, passport: AppPassport): Router {
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

  return r;
}
