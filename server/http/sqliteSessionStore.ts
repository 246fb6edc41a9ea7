// The SQLite session store: better-sqlite3-session-store on a connection of its own, with what
// sessionStores.ts adds to every store (size limit, touch at most once a minute).
import type SQLite from 'better-sqlite3';
import session from 'express-session';
import makeSqliteStore from 'better-sqlite3-session-store';
// The SQLite store writes on its own connection: answers the app's connection holds for a group commit go first.
import { commitPendingSync } from '../db/groupCommit.ts';
import { limited, type Callback } from './sessionStores.ts';

/** The SQLite session store, refusing sessions above MAX_SESSION_BYTES. */
export function createSessionStore(client: SQLite.Database): session.Store {
  class SqliteStore extends makeSqliteStore(session) {
    // The library's cleanup timer would keep the process alive at shutdown.
    override startInterval() {
      setInterval(() => this.clearExpiredSessions(), 15 * 60_000).unref();
    }

    /** The library prepares its query on every call; every request reads its session, so this one is kept. */
    #read?: SQLite.Statement<[string], { sess: string }>;

    override get(sid: string, cb: (err: unknown, sess?: session.SessionData | null) => void) {
      let row: { sess: string } | undefined;
      try {
        this.#read ??= client.prepare("select sess from sessions where sid = ? and datetime('now') < datetime(expire)");
        row = this.#read.get(sid);
      } catch (err) {
        return cb(err);
      }
      cb(null, row ? (JSON.parse(row.sess) as session.SessionData) : null);
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
