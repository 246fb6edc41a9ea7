import type { Express, NextFunction, Request, Response } from 'express';
import { csrfSync } from 'csrf-sync';

/**
 * The multipart upload forms: their body is read by the route's upload middleware
 * (routes/receiveFile.ts), after the global check below. That middleware checks the token from the
 * form's first field before it accepts the file (`checkUploadToken`), so no token ever travels in
 * the address (copyable, logged by proxies, left in the address bar of a refused upload).
 */
export const UPLOAD_ROUTES: readonly RegExp[] = [
  /^\/vragenlijst\/[^/]+\/[^/]+\/excel\/uploaden$/,
  /^\/analyse\/[^/]+\/importeren$/,
  /^\/beheer\/organisaties\/importeren$/,
];

const isUpload = (req: Request): boolean =>
  req.method === 'POST' && Boolean(req.is('multipart/form-data')) && UPLOAD_ROUTES.some((re) => re.test(req.path));

/**
 * Synchroniser-token CSRF protection on every state-changing request: forms send `_csrf` in the
 * body, scripts send the `X-CSRF-Token` header (read from <meta name="csrf-token">).
 * Requests authenticated by a bearer token carry no cookie and need no CSRF token.
 */
const csrf = csrfSync({
  getTokenFromRequest: (req) => {
    const body = req.body as Record<string, unknown> | undefined;
    const fromBody = body && typeof body._csrf === 'string' ? body._csrf : undefined;
    return fromBody ?? (req.headers['x-csrf-token'] as string | undefined);
  },
  skipCsrfProtection: (req) => (req as Request & { viaBearerToken?: boolean }).viaBearerToken === true || isUpload(req),
});

/** The upload middleware's check, once the fields before the file are read; the same error as the global check. */
export function checkUploadToken(req: Request): Error | null {
  return csrf.isRequestValid(req) ? null : csrf.invalidCsrfTokenError;
}

export function setUpCsrf(app: Express): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.locals.csrfToken = () => csrf.generateToken(req);
    next();
  });
  app.use(csrf.csrfSynchronisedProtection);
}
