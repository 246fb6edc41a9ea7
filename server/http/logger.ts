import pino, { type Logger } from 'pino';

/**
 * One structured (JSON) logger for the process. Level from LOG_LEVEL; tests are quiet by default
 * so their output shows only what failed.
 */
export function logLevel(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LOG_LEVEL) return env.LOG_LEVEL;
  return env.NODE_ENV === 'test' || env.VITEST ? 'silent' : 'info';
}

let shared: Logger | null = null;

export function logger(): Logger {
  shared ??= pino({
    level: logLevel(),
    base: { app: 'afsprakenmonitor' },
    // Session cookies, CSRF tokens and API tokens never end up in a log file.
    redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
  });
  return shared;
}
