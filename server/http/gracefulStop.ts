// Graceful stop on SIGTERM/SIGINT for the start-up script: finish requests in flight, then close.
import type { Server } from 'node:http';
import type { Express } from 'express';
import type { Logger } from 'pino';

/** How long requests in flight may take to finish after SIGTERM before the process gives up. */
const SHUTDOWN_GRACE_MS = 15_000;

export interface StopParts {
  app: Express;
  server: Server;
  log: Logger;
  /** Stops the reminder scheduler; resolves when its pass in flight has finished. */
  stopReminders: () => Promise<void>;
  /** Closes the database (SQLite file, or ends the PostgreSQL pool); the exit waits for it. */
  closeDatabase: () => Promise<void> | void;
}

/** Stops on SIGTERM and SIGINT: no new connections, requests in flight finished, then the database closed. */
export function installGracefulStop({ app, server, log, stopReminders, closeDatabase }: StopParts): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.locals.shuttingDown = true; // /healthz answers 503 from now on
    log.info({ signal }, 'stoppen: geen nieuwe verbindingen, lopende verzoeken worden afgemaakt');
    const remindersStopped = stopReminders();
    // close() stops accepting and waits for requests in flight; idle keep-alive sockets go at once,
    // and a busy socket is closed right after its response (Connection: close).
    server.close((err) => {
      if (err) log.error({ err }, 'fout bij het sluiten van de server');
      // A reminder pass in flight ends after its current organisation, before the database closes.
      void remindersStopped.finally(async () => {
        let closed = true;
        try {
          await closeDatabase();
        } catch (closeErr) {
          closed = false;
          log.error({ err: closeErr }, 'fout bij het sluiten van de database');
        }
        log.info('gestopt');
        process.exit(err || !closed ? 1 : 0);
      });
    });
    server.closeIdleConnections();
    setTimeout(() => {
      log.error('verzoeken niet op tijd klaar; toch gestopt');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  // While stopping, a keep-alive socket is closed as soon as its last response has gone out.
  server.on('request', (_req, res) => {
    if (stopping) res.setHeader('Connection', 'close');
    res.on('finish', () => {
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
