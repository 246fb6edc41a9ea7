import { Router } from 'express';
import type { AppPassport } from '../http/setUpAuth.ts';
import { flash } from '../http/setUpViews.ts';
import type { Services } from '../context.ts';
import { accountSecurityRoutes } from './accountSecurity.ts';
import { passwordLoginRoutes } from './auth/password.ts';
import { totpLoginRoutes } from './auth/totp.ts';

/** Logging in (password, then the code if any), logging out, and the account's security pages. */
export function authRoutes(s: Services, passport: AppPassport): Router {
  const r = Router();
  r.use(passwordLoginRoutes(s, passport));
  r.use(totpLoginRoutes(s));

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
