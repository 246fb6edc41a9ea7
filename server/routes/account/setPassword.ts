import { Router, type RequestHandler } from 'express';
import { param } from '../../http/guards.ts';
import { flash } from '../../http/setUpViews.ts';
import { MIN_PASSWORD_LENGTH } from '../../auth/passwords.ts';
import type { Services } from '../../context.ts';
import { acceptToken, checkToken, renewFromToken } from '../../services/invitations.ts';
import { noStore, renderLinkProblem, str } from './linkProblem.ts';

/** Setting a password from an invitation or reset link, and asking for a fresh link. */
export function setPasswordRoutes(s: Services, limiter: RequestHandler): Router {
  const r = Router();
  const mc = s.mail;

  r.get('/wachtwoord/instellen/:token', noStore, async (req, res) => {
    const token = param(req, 'token');
    const check = await checkToken(s, token);
    if (check.status !== 'valid') return renderLinkProblem(res, check.status, token);
    const invitation = check.token!.purpose === 'uitnodiging';
    res.render('account/setPassword', {
      title: invitation ? 'Wachtwoord instellen' : 'Nieuw wachtwoord kiezen',
      token, email: check.user!.email, invitation, errors: [], fieldErrors: {}, minLength: MIN_PASSWORD_LENGTH,
    });
  });

  r.post('/wachtwoord/instellen/:token', noStore, async (req, res) => {
    const token = param(req, 'token');
    const result = await acceptToken(s, token, str(req.body?.password), str(req.body?.confirm));
    if (result.ok) {
      flash(req, 'success', 'Uw wachtwoord is ingesteld. Log in met uw e-mailadres en het nieuwe wachtwoord.');
      return res.redirect(303, '/inloggen');
    }
    if (result.status !== 'valid') return renderLinkProblem(res, result.status, token);
    const check = await checkToken(s, token);
    const fieldErrors = result.errors ?? {};
    const invitation = check.token?.purpose === 'uitnodiging';
    res.status(422).render('account/setPassword', {
      title: invitation ? 'Wachtwoord instellen' : 'Nieuw wachtwoord kiezen',
      token, email: check.user?.email ?? '', invitation, fieldErrors, minLength: MIN_PASSWORD_LENGTH,
      errors: Object.entries(fieldErrors).map(([k, text]) => ({ href: `#${k}`, text })),
    });
  });

  r.post('/wachtwoord/instellen/:token/nieuwe-link', noStore, limiter, async (req, res) => {
    await renewFromToken(s, mc, param(req, 'token'));
    res.render('account/linkSent', { title: 'Controleer uw e-mail', renewed: true });
  });

  return r;
}
