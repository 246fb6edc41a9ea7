import { Router } from 'express';

/** The pages every government service has: privacy statement, and contact with the colophon. Open to everyone. */
export function infoRoutes(): Router {
  const r = Router();
  r.get('/privacy', (_req, res) => {
    res.render('privacy', { title: 'Privacyverklaring' });
  });
  r.get('/contact', (_req, res) => {
    res.render('contact', { title: 'Contact en colofon' });
  });
  return r;
}
