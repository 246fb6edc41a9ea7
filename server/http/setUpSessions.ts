import SQLite from 'better-sqlite3';
import session from 'express-session';
import makeSqliteStore from 'better-sqlite3-session-store';
import type { Express } from 'express';
import type { Config } from '../config.ts';

export const SESSION_HOURS = 8;

/**
 * Sessions live in SQLite (a separate connection to the same file, so a session write never
 * joins an answer transaction). Cookies are httpOnly, SameSite=Lax, Secure in production.
 */
export function setUpSessions(app: Express, config: Config, sessionDbPath: string): SQLite.Database {
  // A short lock wait: this synchronous connection would otherwise block every request (server/db/busyRetry.ts).
  const client = new SQLite(sessionDbPath, { timeout: 10 });
  client.pragma('journal_mode = WAL');
  const Base = makeSqliteStore(session);
  class Store extends Base {
    // The library's cleanup timer would keep the process alive at shutdown.
    override startInterval() {
      setInterval(() => this.clearExpiredSessions(), 15 * 60_000).unref();
    }
  }
  // 'trust proxy' (needed for Secure cookies behind a TLS proxy) is set from TRUST_PROXY in setUpSecurity.
  app.use(
    session({
      name: 'afsprakenmonitor.sid',
      secret: config.sessionSecret,
      store: new Store({ client }),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: { httpOnly: true, sameSite: 'lax', secure: config.production, maxAge: SESSION_HOURS * 3600_000 },
    }),
  );
  return client;
}
