import { randomUUID } from 'node:crypto';
import type { Express, Request, Response } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config.ts';
import type { Logger } from 'pino';
import { logger } from './logger.ts';
import { redactUrl } from './redact.ts';

/** The Content-Security-Policy: only our own scripts, styles and forms; no inline code at all. */
export function contentSecurityPolicy(production: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
    // Only behind HTTPS: on plain-http localhost it would break every stylesheet.
    ...(production ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;
const STATIC_FILE = /\.(css|js|map|png|svg|ico|woff2?)$/;

/**
 * Which proxies are believed about the client's address (X-Forwarded-For) and protocol. Off unless
 * TRUST_PROXY says so: a header anyone can send must not give an attacker a fresh per-address login budget.
 */
function setUpTrustProxy(app: Express, config: Config): void {
  app.set('trust proxy', config.trustProxy);
}

/** Security headers (helmet, strict CSP) and one structured log line per request with a request id. */
export function setUpSecurity(app: Express, config: Config, log: Logger = logger()): void {
  setUpTrustProxy(app, config);
  app.use(
    pinoHttp({
      logger: log,
      // Keep a proxy's request id when it is sane, so one id follows the request through both logs.
      genReqId: (req: Request, res: Response) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      // One short line per request: who (user id, address), what, the outcome; no headers or cookies.
      serializers: {
        // Invitation and reset links, upload tokens and the upload forms' CSRF token are in addresses: redacted.
        req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
          id: req.id, method: req.method, url: redactUrl(req.url), remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      // Who, added to the finished line only: customProps would make child loggers on every request,
      // a few percent of a save's CPU even when nothing is written (npm run bench, issue 18).
      customSuccessObject: (req, _res, line) => ({ ...line, userId: (req as Request).user?.id ?? null }),
      customErrorObject: (req, _res, _err, line) => ({ ...line, userId: (req as Request).user?.id ?? null }),
      autoLogging: { ignore: (req) => req.url === '/healthz' },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config.production) },
      // HSTS only where HTTPS is certain (production behind TLS).
      strictTransportSecurity: config.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
  // Pages hold organisations' answers: no copies in browser or proxy caches (think of the back
  // button on a shared computer after logging out). Stylesheets, scripts and images may be cached.
  app.use((req: Request, res: Response, next: () => void) => {
    if (!STATIC_FILE.test(req.path)) res.setHeader('Cache-Control', 'no-store');
    next();
  });
}
