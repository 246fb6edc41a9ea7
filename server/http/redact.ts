/**
 * Secrets that travel in addresses, kept out of every log line: the single-use invitation and reset
 * links (/wachtwoord/instellen/<token>), confirmation tokens of uploads, and query parameters that
 * carry a token (`?token=`, the upload forms' `?_csrf=`). Bearer tokens and cookies are headers,
 * which the request log does not write at all (and the logger redacts should anything log them).
 */
const REDACTED = '[Redacted]';

/** Path segments that follow these prefixes are secrets. */
const SECRET_SEGMENT = /(\/wachtwoord\/instellen\/|\/controleren\/|\/importeren\/(?=[A-Za-z0-9_-]{16,}))[^/?#]+/g;

/** Query parameters whose value is a secret. */
const SECRET_PARAM = /([?&](?:_csrf|token|code|access_token)=)[^&#]*/gi;

export const redactUrl = (url: string): string => url.replace(SECRET_SEGMENT, `$1${REDACTED}`).replace(SECRET_PARAM, `$1${REDACTED}`);

/** Paths in a log object that may hold secrets (pino `redact`). */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
];
