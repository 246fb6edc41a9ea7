import { Router, type Request } from 'express';
import passport from 'passport';
import type { SessionUser } from '../auth/roles.ts';
import { recordLogin } from '../db/repos/users.ts';
import { messages } from '../messages.ts';
import type { Services } from '../services/context.ts';
import { isoNow } from '../services/context.ts';

const safeReturn = (to: string | undefined): string => (to && to.startsWith('/') && !to.startsWith('//') ? to : '/');

function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
}

export function authRoutes(s: Services): Router {
  const r = Router();

  r.get('/inloggen', (req, res) => {
    if (req.user) return res.redirect('/');
    res.render('login', { title: 'Inloggen', email: '', error: null, expired: Boolean(req.session.pendingForm) });
  });

  r.post('/inloggen', (req, res, next) => {
    passport.authenticate('local', (err: unknown, user: SessionUser | false) => {
      if (err) return next(err);
      const email = typeof req.body?.email === 'string' ? req.body.email : '';
      if (!user) {
        res.status(401).render('login', { title: 'Inloggen', email, error: messages.loginFailed, expired: false });
        return;
      }
      // New session id at login (no fixation); carry over only what the user was doing.
      const { pendingForm, returnTo } = req.session;
      regenerate(req)
        .then(() => {
          if (pendingForm) req.session.pendingForm = pendingForm;
          req.login(user, { session: true, keepSessionInfo: true }, (loginErr) => {
            if (loginErr) return next(loginErr);
            recordLogin(s.db, user.id, isoNow(s)).then(() => res.redirect(303, safeReturn(pendingForm?.path ?? returnTo)), next);
          });
        })
        .catch(next);
    })(req, res, next);
  });

  r.post('/uitloggen', (req, res, next) => {
    req.logout({ keepSessionInfo: false }, (err) => {
      if (err) return next(err);
      req.session.destroy(() => {
        res.clearCookie('afsprakenmonitor.sid');
        res.redirect(303, '/inloggen');
      });
    });
  });

  return r;
}
