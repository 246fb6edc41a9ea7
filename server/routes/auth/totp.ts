import { Router, type Request } from 'express';
import { reserveTotpAttempt, totpSucceeded } from '../../auth/loginThrottle.ts';
import { toSessionUser } from '../../auth/roles.ts';
import { flash } from '../../http/setUpViews.ts';
import type { Services } from '../../context.ts';
import { findAccount, useTotpCode } from '../../services/accountSecurity.ts';
import { completeLogin, renderThrottled, str } from './loginSteps.ts';

/** The second step must follow the password within this time. */
const TOTP_PENDING_MINUTES = 5;
const totpFailed = 'De code is onjuist of verlopen. Vul de zescijferige code in die uw app nu toont.';

/** The second step of logging in: the code from the user's authenticator app. */
export function totpLoginRoutes(s: Services): Router {
  const r = Router();

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

  return r;
}
