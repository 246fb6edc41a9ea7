import type { Express, NextFunction, Request, Response } from 'express';
import { csrfSync } from 'csrf-sync';

/**
 * Synchroniser-token CSRF protection on every state-changing request: forms send `_csrf` in the
 * body, scripts send the `X-CSRF-Token` header (read from <meta name="csrf-token">).
 * Requests authenticated by a bearer token carry no cookie and need no CSRF token.
 */
/**
 * The multipart upload forms: their body is parsed by the route (multer), after the global check
 * below, so they carry the token in the action URL. Only these POSTs may send it in the query
 * string; everywhere else a token in the address (copyable, logged by proxies) is not accepted.
 */
export const QUERY_TOKEN_ROUTES: readonly RegExp[] = [
  /^\/vragenlijst\/[^/]+\/[^/]+\/excel\/uploaden$/,
  /^\/analyse\/[^/]+\/importeren$/,
  /^\/beheer\/organisaties\/importeren$/,
];

const mayCarryQueryToken = (req: Request): boolean =>
  req.method === 'POST' && Boolean(req.is('multipart/form-data')) && QUERY_TOKEN_ROUTES.some((re) => re.test(req.path));

export function setUpCsrf(app: Express): void {
  const { csrfSynchronisedProtection, generateToken } = csrfSync({
    getTokenFromRequest: (req) => {
      const body = req.body as Record<string, unknown> | undefined;
      const fromBody = body && typeof body._csrf === 'string' ? body._csrf : undefined;
      const fromQuery = mayCarryQueryToken(req) && typeof req.query._csrf === 'string' ? req.query._csrf : undefined;
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
