import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Services } from '../context.ts';
import { DatabaseRateLimitStore } from '../http/rateLimitStore.ts';
import { forgotPasswordRoutes } from './account/forgot.ts';
import { setPasswordRoutes } from './account/setPassword.ts';

/** Invitation acceptance and password reset; no login needed, so no role checks, only the token. */
export function accountRoutes(s: Services): Router {
  const r = Router();
  // A few requests per address: enough for a person, too few to flood mailboxes.
  // One limiter for both ways of asking for a link, so they share the budget.
  const limiter = rateLimit({
    windowMs: 15 * 60_000,
    limit: 20,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Counted in the database, so the budget holds across instances and restarts (not per process).
    store: new DatabaseRateLimitStore(s, 'links'),
    handler: (_req, res) => {
      const message = 'U hebt te vaak een link aangevraagd. Probeer het over een kwartier opnieuw.';
      res.status(429).render('error', { title: 'Te veel verzoeken', status: 429, message });
    },
  });
  r.use(forgotPasswordRoutes(s, limiter));
  r.use(setPasswordRoutes(s, limiter));
  return r;
}
