declare module 'better-sqlite3-session-store' {
  import type session from 'express-session';
  import type SQLite from 'better-sqlite3';
  interface StoreOptions {
    client: SQLite.Database;
    expired?: { clear?: boolean; intervalMs?: number };
  }
  class SqliteStore extends session.Store {
    constructor(options: StoreOptions);
    startInterval(): void;
    clearExpiredSessions(): void;
    get(sid: string, cb: (err: unknown, session?: session.SessionData | null) => void): void;
    set(sid: string, sess: session.SessionData, cb?: (err?: unknown) => void): void;
    destroy(sid: string, cb?: (err?: unknown) => void): void;
    touch(sid: string, sess: session.SessionData, cb?: () => void): void;
  }
  export default function makeSqliteStore(s: typeof session): typeof SqliteStore;
}
