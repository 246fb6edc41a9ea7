import pino, { type DestinationStream, type Logger } from 'pino';
import { REDACT_PATHS } from './redact.ts';

/**
 * One structured (JSON) logger for the process. Level from LOG_LEVEL; tests are quiet by default
 * so their output shows only what failed.
 */
export function logLevel(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LOG_LEVEL) return env.LOG_LEVEL;
  return env.NODE_ENV === 'test' || env.VITEST ? 'silent' : 'info';
}

let shared: Logger | null = null;

/** A logger with the app's settings; `destination` lets a test read what would be written. */
export function createLogger(destination?: DestinationStream, level = logLevel()): Logger {
  // Session cookies, CSRF tokens and API tokens never end up in a log file (URLs: see redact.ts).
  const options = { level, base: { app: 'afsprakenmonitor' }, redact: REDACT_PATHS };
  return destination ? pino(options, destination) : pino(options);
}

export function logger(): Logger {
  shared ??= createLogger();
  return shared;
}
