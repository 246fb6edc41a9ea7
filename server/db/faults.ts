/**
 * Which database errors mean "the database cannot be reached" (PostgreSQL down, restarting, failing
 * over, the network gone, the database renamed or dropped, every connection slot taken), as opposed to
 * a bug or bad input. Pages then answer 503 with a Dutch message and the start-up stops with its own
 * exit code; the pool reconnects by itself once the server is back. Pure: looks only at the error.
 */

/** Socket errors of the connection to the database server (Node's codes). */
const SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN']);

/**
 * PostgreSQL's SQLSTATEs: class 08 (connection exception), 57P01-03 (shut down, crashed, starting),
 * 53300 (too many connections), 3D000 (no such database), 28000/28P01 (login refused).
 */
const SQLSTATE = /^(08...|57P0[123]|53300|3D000|28000|28P01)$/;

/** node-postgres reports a connection lost mid-query or a pool that could not connect in time without a code. */
const PG_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Connection terminated due to connection timeout',
];

export function isDatabaseUnreachable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown; errors?: unknown; cause?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (SOCKET.has(code) || SQLSTATE.test(code)) return true;
  if (typeof e.message === 'string' && PG_MESSAGES.some((m) => (e.message as string).startsWith(m))) return true;
  // Node's happy-eyeballs connect (localhost → ::1 and 127.0.0.1) fails with an AggregateError of both.
  if (Array.isArray(e.errors) && e.errors.some(isDatabaseUnreachable)) return true;
  return e.cause !== undefined && e.cause !== err && isDatabaseUnreachable(e.cause);
}

/** A database address for messages and logs: the password left out. */
export function redactDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(ongeldig adres)';
  }
}
