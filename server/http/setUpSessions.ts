import SQLite from 'better-sqlite3';
import session from 'express-session';
import makeSqliteStore from 'better-sqlite3-session-store';
import connectPgSimple from 'connect-pg-simple';
import type { Express, NextFunction, Request, Response } from 'express';
import type pg from 'pg';
import type { Config } from '../config.ts';
import type { OpenedDatabase } from '../db/database.ts';
// The SQLite store writes on its own connection: answers the app's connection holds for a group commit go first.
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

type Callback = (err?: unknown) => void;
// A mixin's base must take any constructor arguments (TypeScript's rule for mixin classes).
type StoreClass = new (...args: any[]) => StoreMethods;
/** The store methods the mixin wraps (express-session's Store declares them abstract). */
interface StoreMethods {
  set(sid: string, sess: session.SessionData, cb?: Callback): void;
  touch?(sid: string, sess: session.SessionData, cb?: () => void): void;
  destroy(sid: string, cb?: Callback): void;
}

/**
 * What both stores (SQLite, PostgreSQL) do on top of the library: refuse sessions above
 * MAX_SESSION_BYTES, and write a session's expiry at most once per TOUCH_EVERY_MS.
 */
function limited<T extends StoreClass>(Base: T): T {
  return class extends Base {
    /** When this process last wrote each session's expiry (pruned as it grows). */
    readonly touchedAt = new Map<string, number>();

    /**
     * A session is read and written on every request of its user: one that grows large slows
     * everybody down. Anything big belongs in a table (e.g. pending_uploads), so a session above
     * MAX_SESSION_BYTES is refused: not stored, and the request fails loudly.
     */
    override set(sid: string, sess: session.SessionData, cb?: Callback) {
      const bytes = Buffer.byteLength(JSON.stringify(sess));
      if (bytes > MAX_SESSION_BYTES) {
        cb?.(new Error(`session of ${bytes} bytes refused (limit ${MAX_SESSION_BYTES})`));
        return;
      }
      this.touchedAt.set(sid, Date.now());
      super.set(sid, sess, cb);
    }

    override touch(sid: string, sess: session.SessionData, cb?: Callback) {
      const now = Date.now();
      const last = this.touchedAt.get(sid);
      if (last !== undefined && now - last < TOUCH_EVERY_MS) return cb?.();
      if (this.touchedAt.size >= 50_000) {
        for (const [id, at] of this.touchedAt) if (now - at >= TOUCH_EVERY_MS) this.touchedAt.delete(id);
      }
      this.touchedAt.set(sid, now);
      super.touch?.(sid, sess, cb as () => void);
    }

    override destroy(sid: string, cb?: Callback) {
      this.touchedAt.delete(sid);
      super.destroy(sid, cb);
    }
  };
}

/** The SQLite session store, refusing sessions above MAX_SESSION_BYTES. */
export function createSessionStore(client: SQLite.Database): session.Store {
  class SqliteStore extends makeSqliteStore(session) {
    // The library's cleanup timer would keep the process alive at shutdown.
    override startInterval() {
      setInterval(() => this.clearExpiredSessions(), 15 * 60_000).unref();
    }

    // Every write of this second connection first lets the app's connection commit what waits (group commit).
    override set(sid: string, sess: session.SessionData, cb?: Callback) {
      commitPendingSync();
      super.set(sid, sess, cb);
    }

    override touch(sid: string, sess: session.SessionData, cb?: () => void) {
      commitPendingSync();
      super.touch(sid, sess, cb);
    }

    override destroy(sid: string, cb?: Callback) {
      commitPendingSync();
      super.destroy(sid, cb);
    }
  }
  const Store = limited(SqliteStore);
  return new Store({ client }) as SqliteStore;
}

/**
 * The PostgreSQL session store (connect-pg-simple) on the app's own pool, in the `sessions` table the
 * migration 2026_12_01_000010_sessions_pg made. Every instance reads the same sessions, so a load
 * balancer may send any request anywhere. Its pruning timer is unref'd: it never holds the process.
 */
export function createPgSessionStore(pool: pg.Pool): session.Store {
  const PgStore = connectPgSimple(session);
  const Store = limited(PgStore);
  // A failed query reaches express-session (and so the 503 page) through the callback; no console noise.
  return new Store({ pool, tableName: 'sessions', createTableIfMissing: false, errorLog: () => {} }) as InstanceType<typeof PgStore>;
}

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
