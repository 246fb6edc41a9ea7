import { Router, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { param } from '../http/guards.ts';
import { flash } from '../http/setUpViews.ts';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords.ts';
import type { Services } from '../context.ts';
import { isValidEmail } from '../services/coordination/emails.ts';
import { acceptToken, checkToken, renewFromToken, requestPasswordLink, type TokenStatus } from '../services/invitations.ts';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Used, expired, replaced or unknown links: say which, and offer a way on. */
const linkProblemStatus: Record<Exclude<TokenStatus, 'valid'>, number> = { used: 410, expired: 410, revoked: 410, inactive: 403, unknown: 404 };

function renderLinkProblem(res: Response, status: Exclude<TokenStatus, 'valid'>, token: string) {
  res.status(linkProblemStatus[status]).render('account/linkProblem', { title: 'Deze link werkt niet meer', status, token });
}

/** Invitation acceptance and password reset; no login needed, so no role checks, only the token. */
export function accountRoutes(s: Services): Router {
  const r = Router();
  const mc = s.mail;
  // A few requests per address: enough for a person, too few to flood mailboxes.
  const limiter = rateLimit({
    windowMs: 15 * 60_000,
    limit: 20,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).render('error', { title: 'Te veel verzoeken', status: 429, message: 'U hebt te vaak een link aangevraagd. Probeer het over een kwartier opnieuw.' });
    },
  });
  const noStore = (_req: Request, res: Response, next: () => void) => {
    // Pages with a token in the address are not cached, by the browser or a proxy.
    res.set('Cache-Control', 'no-store');
    next();
  };

  r.get('/wachtwoord-vergeten', (_req, res) => {
    res.render('account/forgot', { title: 'Wachtwoord vergeten', email: '', errors: [] });
  });

  r.post('/wachtwoord-vergeten', limiter, async (req, res) => {
    const email = str(req.body?.email).trim();
    if (!isValidEmail(email.toLowerCase())) {
      return res.status(422).render('account/forgot', {
        title: 'Wachtwoord vergeten', email, errors: [{ href: '#email', text: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.' }],
      });
    }
    await requestPasswordLink(s, mc, email);
    res.render('account/linkSent', { title: 'Controleer uw e-mail', renewed: false });
  });

  r.get('/wachtwoord/instellen/:token', noStore, async (req, res) => {
    const token = param(req, 'token');
    const check = await checkToken(s, token);
    if (check.status !== 'valid') return renderLinkProblem(res, check.status, token);
    res.render('account/setPassword', {
      title: check.token!.purpose === 'uitnodiging' ? 'Wachtwoord instellen' : 'Nieuw wachtwoord kiezen',
      token, email: check.user!.email, invitation: check.token!.purpose === 'uitnodiging', errors: [], fieldErrors: {}, minLength: MIN_PASSWORD_LENGTH,
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
    res.status(422).render('account/setPassword', {
      title: check.token?.purpose === 'uitnodiging' ? 'Wachtwoord instellen' : 'Nieuw wachtwoord kiezen',
      token, email: check.user?.email ?? '', invitation: check.token?.purpose === 'uitnodiging', fieldErrors, minLength: MIN_PASSWORD_LENGTH,
      errors: Object.entries(fieldErrors).map(([k, text]) => ({ href: `#${k}`, text })),
    });
  });

  r.post('/wachtwoord/instellen/:token/nieuwe-link', noStore, limiter, async (req, res) => {
    await renewFromToken(s, mc, param(req, 'token'));
    res.render('account/linkSent', { title: 'Controleer uw e-mail', renewed: true });
  });

  return r;
}
