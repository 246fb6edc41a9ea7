import SQLite from 'better-sqlite3';
import session from 'express-session';
import type { Express, NextFunction, Request, Response } from 'express';
import type { Config } from '../config.ts';
import type { OpenedDatabase } from '../db/database.ts';
import { createPgSessionStore, SESSION_HOURS } from './sessionStores.ts';
import { createSessionStore } from './sqliteSessionStore.ts';

/**
 * Where the sessions go: on PostgreSQL the shared table; on SQLite a separate connection to the same
 * file (so a session write never joins an answer transaction), or `sessionDbPath` when given.
 */
function storeFor(database: OpenedDatabase | undefined, sessionDbPath: string | undefined): session.Store {
  if (database?.dialect === 'postgres') return createPgSessionStore(database.pool);
  const file = sessionDbPath ?? database?.sqlite.name ?? ':memory:';
  // A short lock wait: this synchronous connection would otherwise block every request (server/db/busyRetry.ts).
  const client = new SQLite(file, { timeout: 10 });
  client.pragma('journal_mode = WAL');
  // Session writes need not reach the disk before the answer: a power cut may cost a login, never
  // an answer (the app's own connection commits with synchronous=FULL, which also syncs these pages).
  client.pragma('synchronous = NORMAL');
  return createSessionStore(client);
}

type Write = (chunk: unknown, encoding?: unknown, cb?: unknown) => boolean;
type End = (chunk?: unknown, encoding?: unknown, cb?: unknown) => Response;

/**
 * Installed before express-session: a response whose whole body is known (Content-Length: pages,
 * redirects, JSON) goes out only once express-session has stored the session. express-session writes
 * the headers and all but the body's last byte first and stores the session meanwhile; with an
 * asynchronous store (PostgreSQL) a browser that follows the redirect after logging in could reach
 * this or another instance before the new session is stored, and that late write could then overwrite
 * what the next page stored (its form token: every save after it refused). Streamed downloads
 * (no Content-Length) are not held.
 */
function holdResponseUntilSessionStored(_req: Request, res: Response, next: NextFunction): void {
  const write = res.write as unknown as Write;
  const end = res.end as unknown as End;
  let held: [unknown, unknown][] = [];
  (res as unknown as { write: Write }).write = function (this: Response, chunk, encoding, cb) {
    if (res.getHeader('Content-Length') === undefined || typeof encoding === 'function' || cb !== undefined) {
      return write.call(this, chunk, encoding, cb);
    }
    held.push([chunk, encoding]);
    return true;
  };
  (res as unknown as { end: End }).end = function (this: Response, chunk, encoding, cb) {
    for (const [c, e] of held) write.call(this, c, e);
    held = [];
    return end.call(this, chunk, encoding, cb);
  };
  next();
}

/** Sessions in the database (see storeFor). Cookies are httpOnly, SameSite=Lax, Secure in production. */
export function setUpSessions(app: Express, config: Config, database?: OpenedDatabase, sessionDbPath?: string): void {
  // 'trust proxy' (needed for Secure cookies behind a TLS proxy) is set from TRUST_PROXY in setUpSecurity.
  app.use(holdResponseUntilSessionStored);
  app.use(
    session({
      name: 'afsprakenmonitor.sid',
      secret: config.sessionSecret,
      store: storeFor(database, sessionDbPath),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: { httpOnly: true, sameSite: 'lax', secure: config.production, maxAge: SESSION_HOURS * 3600_000 },
    }),
  );
  // Sessions from before pending uploads moved to their own table may still carry them.
  app.use((req, _res, next) => {
    if (req.session && 'exchangeUploads' in req.session) delete req.session.exchangeUploads;
    next();
  });
}
