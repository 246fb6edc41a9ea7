import { Router, type Request, type Response } from 'express';
import { reserveTotpAttempt, totpSucceeded } from '../auth/loginThrottle.ts';
import { throttledMessage } from '../auth/throttle.ts';
import { canUseTotp, groupedSecret, newTotpSecret, totpUri, verifyTotp } from '../auth/totp.ts';
import { forbidden } from '../http/errors.ts';
import { requireLogin } from '../http/guards.ts';
import { flash } from '../http/setUpViews.ts';
import type { Services } from '../context.ts';
import { accountPage, ownAccount, turnOffTotp, turnOnTotp, useTotpCode } from '../services/accountSecurity.ts';

const CODE_ERROR = 'De code klopt niet. Vul de zescijferige code in die uw app nu toont.';

/** The logged-in user's account page, and the optional second factor (TOTP) for staff roles. */
export function accountSecurityRoutes(s: Services): Router {
  const r = Router();
  r.use('/account', requireLogin);

  const currentUser = (req: Request) => ownAccount(s, req.user!.id);

  r.get('/account', async (req, res) => {
    const { account: row, organisation } = await accountPage(s, req.user!.id);
    res.render('security/account', {
      title: 'Uw account', account: row, organisation, totpAvailable: canUseTotp(req.user!.role), totpOn: Boolean(row.totp_secret),
    });
  });

  const renderTotp = async (req: Request, res: Response, status = 200, error: string | null = null, code = '') => {
    const row = await currentUser(req);
    if (row.totp_secret) return res.status(status).render('security/totp', { title: 'Tweestapsverificatie', on: true, error, code });
    // A key stays the same until it is confirmed, so a reload does not invalidate what the app already has.
    req.session.totpSetup ??= { secret: newTotpSecret() };
    const secret = req.session.totpSetup.secret;
    res.status(status).render('security/totp', {
      title: 'Tweestapsverificatie', on: false, error, code, secret: groupedSecret(secret), uri: totpUri(row.email, secret),
    });
  };

  r.use('/account/tweestapsverificatie', (req, _res, next) => next(canUseTotp(req.user!.role) ? undefined : forbidden()));

  r.get('/account/tweestapsverificatie', async (req, res) => renderTotp(req, res));

  r.post('/account/tweestapsverificatie', async (req, res) => {
    const code = typeof req.body?.code === 'string' ? req.body.code : '';
    const row = await currentUser(req);
    const setup = req.session.totpSetup;
    if (row.totp_secret || !setup) return res.redirect(303, '/account/tweestapsverificatie');
    const step = verifyTotp(setup.secret, code, s.now(), null);
    if (step === null) return renderTotp(req, res, 422, CODE_ERROR, code);
    await turnOnTotp(s, row.id, setup.secret, step);
    delete req.session.totpSetup;
    flash(req, 'success', 'Tweestapsverificatie staat aan. Bij het inloggen vragen we voortaan ook om de code uit uw app.');
    res.redirect(303, '/account');
  });

  r.post('/account/tweestapsverificatie/uitzetten', async (req, res) => {
    const code = typeof req.body?.code === 'string' ? req.body.code : '';
    const row = await currentUser(req);
    if (!row.totp_secret) return res.redirect(303, '/account');
    // Same code counter as at login: a stolen session must not guess its way to switching the factor off.
    const attempt = await reserveTotpAttempt(s, req, row.id);
    if (!attempt.ok) return renderTotp(req, res.set('Retry-After', String(attempt.wait)), 429, throttledMessage(attempt.wait), code);
    if (!(await useTotpCode(s, row, code))) return renderTotp(req, res, 422, CODE_ERROR, code);
    await totpSucceeded(s, attempt, row.id);
    await turnOffTotp(s, row.id);
    flash(req, 'success', 'Tweestapsverificatie staat uit. U logt voortaan in met alleen uw wachtwoord.');
    res.redirect(303, '/account');
  });

  return r;
}
