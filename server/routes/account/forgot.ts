import { Router, type RequestHandler } from 'express';
import type { Services } from '../../context.ts';
import { isValidEmail } from '../../services/coordination/emails.ts';
import { requestPasswordLink } from '../../services/invitations.ts';
import { str } from './linkProblem.ts';

/** 'Wachtwoord vergeten': ask for a link to set a new password. */
export function forgotPasswordRoutes(s: Services, limiter: RequestHandler): Router {
  const r = Router();
  const mc = s.mail;

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

  return r;
}
