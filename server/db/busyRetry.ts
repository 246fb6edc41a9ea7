import type SQLite from 'better-sqlite3';
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase } from 'kysely';
import { Mutex } from './connectionMutex.ts';
import { RetryingConnection } from './retryingConnection.ts';

// Why statements are retried instead of waiting in SQLite's busy_timeout: see busyPolicy.ts.
export { BUSY_TIMEOUT_MS, isBusy } from './busyPolicy.ts';

class RetryingDriver extends SqliteDriver {
  readonly #mutex = new Mutex();
  readonly #connection: RetryingConnection;
  readonly #sqlite: SQLite.Database;
  constructor(db: SqliteDatabase, sqlite: SQLite.Database) {
    super({ database: db });
    this.#sqlite = sqlite;
    this.#connection = new RetryingConnection(db, sqlite, this.#mutex);
  }
  override async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return this.#connection;
  }
  override async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }
  /** IMMEDIATE takes the write lock at the start, so only `begin` can be busy, never a statement halfway. */
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
  /**
   * SQLite itself rolls back on SQLITE_FULL and some I/O errors; a second `rollback` would fail and
   * hide the real error (the one that tells the user the disk is full) behind "no transaction".
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.#sqlite.inTransaction) await connection.executeQuery(CompiledQuery.raw('rollback'));
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
  override createDriver(): Driver {
    return new RetryingDriver(this.db, this.sqlite);
  }
}
