import { Router } from 'express';
import { requireLogin } from '../http/guards.ts';
import type { Services } from '../context.ts';
import { apiResponseRoutes } from './api/responses.ts';
import { apiWaveRoutes } from './api/waves.ts';

/** JSON API: same services and validation as the forms; CSRF header for session use. */
export function apiRoutes(s: Services): Router {
  const r = Router();
  r.use(requireLogin);
  r.use(apiWaveRoutes(s));
  r.use(apiResponseRoutes(s));
  return r;
}
