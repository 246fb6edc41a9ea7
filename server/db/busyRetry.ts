import type SQLite from 'better-sqlite3';
import { SqliteDialect, type DatabaseConnection, type Driver, type SqliteDatabase } from 'kysely';
import { GroupCommit } from './groupCommit.ts';
import type { Lease } from './groupLease.ts';
import { Mutex } from './connectionMutex.ts';
import { RetryingConnection } from './retryingConnection.ts';

// Why statements are retried instead of waiting in SQLite's busy_timeout: see busyPolicy.ts.
export { BUSY_TIMEOUT_MS, isBusy } from './busyPolicy.ts';

class RetryingDriver implements Driver {
  readonly group: GroupCommit;
  constructor(private readonly db: SqliteDatabase, sqlite: SQLite.Database) {
    const mutex = new Mutex();
    this.group = new GroupCommit(new RetryingConnection(db, sqlite, mutex), sqlite, mutex);
  }
  async init(): Promise<void> {}
  async destroy(): Promise<void> {
    this.group.close();
    this.db.close();
  }
  acquireConnection(): Promise<DatabaseConnection> {
    return this.group.acquire();
  }
  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.group.release(connection as Lease);
  }
  /** IMMEDIATE (in groupCommit.ts) takes the write lock at the start, so only `begin` can be busy, never a statement halfway. */
  beginTransaction(connection: DatabaseConnection): Promise<void> {
    return this.group.begin(connection as Lease);
  }
  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.group.commit(connection as Lease);
  }
  /**
   * SQLite itself rolls back on SQLITE_FULL and some I/O errors; a second `rollback` would fail and
   * hide the real error (the one that tells the user the disk is full) behind "no transaction".
   */
  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.group.rollback(connection as Lease);
  }
}

/** SqliteDialect with the driver above; `db` is what runs statements (the statement cache). */
export class RetryingSqliteDialect extends SqliteDialect {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly sqlite: SQLite.Database,
  ) {
    super({ database: db });
  }
  #driver: RetryingDriver | undefined;
  override createDriver(): Driver {
    return (this.#driver = new RetryingDriver(this.db, this.sqlite));
  }
  /** Commits what the group commit holds and forgets it: before the connection closes. */
  closeGroup(): void {
    this.#driver?.group.close();
  }
}
