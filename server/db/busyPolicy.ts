/**
 * better-sqlite3 is synchronous: SQLite's busy_timeout would freeze the whole event loop while
 * another process holds the write lock. So the timeout is short (BUSY_TIMEOUT_MS) and a statement
 * that finds the database busy is retried after these pauses, during which other requests run.
 * After the last pause the SQLITE_BUSY error goes up and the error handler answers 503.
 */
export const BUSY_TIMEOUT_MS = 10;
export const RETRY_DELAYS_MS = [10, 25, 50, 100, 200, 400];

export const isBusy = (err: unknown): boolean =>
  /^SQLITE_BUSY/.test(String((err as { code?: unknown } | null)?.code ?? ''));

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
