import { isDatabaseUnreachable } from '../db/faults.ts';
import { messages } from '../messages.ts';

export interface ErrorAnswer {
  status: number;
  message: string;
  /** Seconds, for a Retry-After header: the fault is expected to pass. */
  retryAfter?: number;
}

const BROKEN_MULTIPART = new Set([
  'Malformed content type',
  'Malformed part header',
  'Missing Content-Type',
  'Multipart: Boundary not found',
  'Unexpected end of file',
  'Unexpected end of form',
]);

const code = (err: unknown): string => String((err as { code?: unknown } | null)?.code ?? '');

/**
 * What the user is told about an error that is not one of ours (HttpError and the like):
 * faults of the database file or the disk, and malformed requests rejected by Express or its body
 * parsers. Anything else is a 500 (a bug), with the generic message.
 */
export function answerFor(err: unknown): ErrorAnswer {
  const c = code(err);
  // PostgreSQL down, restarting or out of reach: nothing was saved; the pool reconnects when it is back.
  if (isDatabaseUnreachable(err)) return { status: 503, message: messages.databaseUnavailable, retryAfter: 10 };
  // Another process holds the write lock, and the retries in server/db/busyRetry.ts ran out.
  if (/^SQLITE_(BUSY|LOCKED)/.test(c)) return { status: 503, message: messages.databaseBusy, retryAfter: 2 };
  // Full disk or failing storage: nothing was saved (SQLite rolled back), and the process lives on.
  if (/^SQLITE_(FULL|IOERR|READONLY|CANTOPEN)/.test(c) || c === 'ENOSPC' || c === 'EIO') {
    return { status: 503, message: messages.storageFailed, retryAfter: 60 };
  }
  // PostgreSQL refuses a NUL character in text ("invalid byte sequence for encoding UTF8: 0x00", SQLSTATE
  // 22021); only a client sends one (%00 in a path, \u0000 in JSON), so it is a malformed request.
  if (c === '22021') return { status: 400, message: messages.badRequest };
  // Two requests (on two instances, or interleaved in one) made the same row at once: this one changed nothing.
  if (c === 'SQLITE_CONSTRAINT_UNIQUE' || c === 'SQLITE_CONSTRAINT_PRIMARYKEY' || c === '23505') {
    return { status: 409, message: messages.madeMeanwhile };
  }
  // PostgreSQL ended a deadlock or a serialisation conflict by rolling this transaction back: nothing was saved.
  if (c === '40P01' || c === '40001') return { status: 503, message: messages.databaseBusy, retryAfter: 1 };
  const e = err as { type?: unknown; status?: unknown; statusCode?: unknown } | null;
  if (e?.type === 'entity.too.large' || e?.type === 'parameters.too.many') return { status: 413, message: 'De invoer is te groot.' };
  if (e?.type === 'entity.parse.failed') return { status: 400, message: 'De invoer is geen geldige JSON.' };
  // body-parser (bad charset or encoding, aborted body) and the router (a path that cannot be decoded)
  // mark the client's mistakes with a 4xx status.
  const status = Number(e?.status ?? e?.statusCode);
  if (Number.isInteger(status) && status >= 400 && status < 500) return { status, message: messages.badRequest };
  // busboy (under multer, on the upload routes) throws plain errors for a broken multipart body.
  if (err instanceof Error && BROKEN_MULTIPART.has(err.message)) return { status: 400, message: messages.badRequest };
  // A malformed %-escape that reached decodeURIComponent in our own code is also the client's mistake.
  if (err instanceof URIError) return { status: 400, message: messages.badRequest };
  return { status: 500, message: messages.serverError };
}
