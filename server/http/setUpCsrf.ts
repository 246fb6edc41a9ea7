import type { Express, NextFunction, Request, Response } from 'express';
import { csrfSync } from 'csrf-sync';

/**
 * Synchroniser-token CSRF protection on every state-changing request: forms send `_csrf`,
 * scripts send the `X-CSRF-Token` header (read from <meta name="csrf-token">).
 * Requests authenticated by a bearer token carry no cookie and need no CSRF token.
 */
export function setUpCsrf(app: Express): void {
  const { csrfSynchronisedProtection, generateToken } = csrfSync({
    getTokenFromRequest: (req) => {
      const body = req.body as Record<string, unknown> | undefined;
      const fromBody = body && typeof body._csrf === 'string' ? body._csrf : undefined;
      // File uploads (multipart) are parsed after this check, so their forms carry the token in the action URL.
      const fromQuery = req.is('multipart/form-data') && typeof req.query._csrf === 'string' ? req.query._csrf : undefined;
      return fromBody ?? fromQuery ?? (req.headers['x-csrf-token'] as string | undefined);
    },
    skipCsrfProtection: (req) => (req as Request & { viaBearerToken?: boolean }).viaBearerToken === true,
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.locals.csrfToken = () => generateToken(req);
    next();
  });
  app.use(csrfSynchronisedProtection);
}
