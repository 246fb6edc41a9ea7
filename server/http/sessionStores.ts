// The session stores' common part (size limit, touch once a minute) and the PostgreSQL store; SQLite in sqliteSessionStore.ts.
import session from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import type pg from 'pg';

export const SESSION_HOURS = 8;
/** Login, CSRF token, flash messages and a few ids fit many times over. */
export const MAX_SESSION_BYTES = 8 * 1024;
/**
 * A session's expiry moves on with use, but writing it on every request (express-session touches
 * every unchanged session) cost a write per page and per autosave. Once a minute per session is
 * enough: an idle session then ends at most a minute early.
 */
export const TOUCH_EVERY_MS = 60_000;

export type Callback = (err?: unknown) => void;
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
export function limited<T extends StoreClass>(Base: T): T {
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
