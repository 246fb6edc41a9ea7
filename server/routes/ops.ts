import { Router } from 'express';
import type { Services } from '../services/context.ts';

// Placeholder: health check and the accessibility statement (proof issue).
export function opsRoutes(_s: Services): Router {
  return Router();
}
