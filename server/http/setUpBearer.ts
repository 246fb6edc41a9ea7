import type { Express } from 'express';
import type { Services } from '../services/context.ts';

/**
 * API tokens (Authorization: Bearer) for analysts' scripts. Runs before CSRF: a request carrying
 * a valid token sets req.user and req.viaBearerToken, and needs no CSRF token (no cookie involved).
 * Placeholder until the monitor issue fills it in.
 */
export function setUpBearer(_app: Express, _s: Services): void {}
