import type { Logger } from 'pino';

/**
 * A promise rejected with nobody waiting for it (fire-and-forget work such as a mail send or a
 * session cleanup) would make Node end the process, taking every user's request down with it:
 * it is logged instead. Uncaught exceptions are deliberately not caught here: after one the
 * process state is unknown, so it ends and the supervisor restarts it (acknowledged saves are on disk).
 */
export function logUnhandledRejections(log: Logger, target: NodeJS.EventEmitter = process): void {
  target.on('unhandledRejection', (reason: unknown) => {
    log.error(
      { err: reason instanceof Error ? reason : { message: String(reason) } },
      'onafgehandelde fout in een belofte (proces loopt door)',
    );
  });
}
