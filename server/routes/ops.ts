import { Router } from 'express';
import type { Services } from '../context.ts';
import { checkDatabase } from '../services/health.ts';

/**
 * Mounted before sessions: a health check for the load balancer, which must not create sessions
 * or fill the log. 503 while the process shuts down, so no new work is sent to it.
 */
export function opsRoutes(s: Services): Router {
  const r = Router();
  r.get('/healthz', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    if (req.app.locals.shuttingDown) return res.status(503).json({ status: 'stopt' });
    try {
      await checkDatabase(s);
      res.json({ status: 'ok', database: 'ok' });
    } catch {
      res.status(503).json({ status: 'fout', database: 'niet bereikbaar' });
    }
  });
  return r;
}

/** The accessibility statement; mounted with the pages, so it shows the menu of a logged-in user. */
export function accessibilityRoutes(): Router {
  const r = Router();
  r.get('/toegankelijkheid', (_req, res) => {
    res.render('toegankelijkheid', { title: 'Toegankelijkheid' });
  });
  return r;
}
