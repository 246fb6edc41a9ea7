import { Router } from 'express';
import type { Services } from '../services/context.ts';

// Placeholder: filled in by its issue.
export function exchangeRoutes(_s: Services): Router {
  return Router();
}
