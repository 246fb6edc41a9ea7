import SQLite from 'better-sqlite3';
import session from 'express-session';
import makeSqliteStore from 'better-sqlite3-session-store';
import type { Express } from 'express';
import type { Config } from '../config.ts';
// This store writes on its own connection: answers the app's connection holds for a group commit go first.
import { commitPendingSync } from '../db/groupCommit.ts';

export const SESSION_HOURS = 8;
/** Login, CSRF token, flash messages and a few ids fit many times over. */
export const MAX_SESSION_BYTES = 8 * 1024;
/**
 * A session's expiry moves on with use, but writing it on every request (express-session touches
 * every unchanged session) cost a write per page and per autosave. Once a minute per session is
 * enough: an idle session then ends at most a minute early.
 */
export const TOUCH_EVERY_MS = 60_000;

/** The SQLite session store, refusing sessions above MAX_SESSION_BYTES. */
export function createSessionStore(client: SQLite.Database): session.Store {
  const Base = makeSqliteStore(session);
  class Store extends Base {
    /** When this process last wrote each session's expiry (pruned as it grows). */
    private readonly touchedAt = new Map<string, number>();

    // The library's cleanup timer would keep the process alive at shutdown.
    override startInterval() {
      setInterval(() => this.clearExpiredSessions(), 15 * 60_000).unref();
    }

    /**
     * A session is read and written on every request of its user, synchronously: one that grows
     * large slows everybody down. Anything big belongs in a table (e.g. pending_uploads), so a
     * session above MAX_SESSION_BYTES is refused: not stored, and the request fails loudly.
     */
    override set(sid: string, sess: session.SessionData, cb?: (err?: unknown) => void) {
      const bytes = Buffer.byteLength(JSON.stringify(sess));
      if (bytes > MAX_SESSION_BYTES) {
        cb?.(new Error(`session of ${bytes} bytes refused (limit ${MAX_SESSION_BYTES})`));
        return;
      }
      this.touchedAt.set(sid, Date.now());
      commitPendingSync();
      super.set(sid, sess, cb);
    }

    override touch(sid: string, sess: session.SessionData, cb?: () => void) {
      const now = Date.now();
      const last = this.touchedAt.get(sid);
      if (last !== undefined && now - last < TOUCH_EVERY_MS) return cb?.();
      if (this.touchedAt.size >= 50_000) {
        for (const [id, at] of this.touchedAt) if (now - at >= TOUCH_EVERY_MS) this.touchedAt.delete(id);
      }
      this.touchedAt.set(sid, now);
      commitPendingSync();
      super.touch(sid, sess, cb);
    }

    override destroy(sid: string, cb?: (err?: unknown) => void) {
      this.touchedAt.delete(sid);
      commitPendingSync();
      super.destroy(sid, cb);
    }
  }
  return new Store({ client });
}

/**
 * Sessions live in SQLite (a separate connection to the same file, so a session write never
 * joins an answer transaction). Cookies are httpOnly, SameSite=Lax, Secure in production.
 */
export function setUpSessions(app: Express, config: Config, sessionDbPath: string): SQLite.Database {
  // A short lock wait: this synchronous connection would otherwise block every request (server/db/busyRetry.ts).
  const client = new SQLite(sessionDbPath, { timeout: 10 });
  client.pragma('journal_mode = WAL');
  // Session writes need not reach the disk before the answer: a power cut may cost a login, never
  // an answer (the app's own connection commits with synchronous=FULL, which also syncs these pages).
  client.pragma('synchronous = NORMAL');
  // 'trust proxy' (needed for Secure cookies behind a TLS proxy) is set from TRUST_PROXY in setUpSecurity.
  app.use(
    session({
      name: 'afsprakenmonitor.sid',
      secret: config.sessionSecret,
      store: createSessionStore(client),
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
  return client;
}
