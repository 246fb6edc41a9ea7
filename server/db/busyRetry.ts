import type SQLite from 'better-sqlite3';
import { CompiledQuery, SelectQueryNode, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type QueryResult, type SqliteDatabase } from 'kysely';

/**
 * better-sqlite3 is synchronous: SQLite's busy_timeout would freeze the whole event loop while
 * another process holds the write lock. So the timeout is short (BUSY_TIMEOUT_MS) and a statement
 * that finds the database busy is retried after these pauses, during which other requests run.
 * After the last pause the SQLITE_BUSY error goes up and the error handler answers 503.
 */
export const BUSY_TIMEOUT_MS = 10;
const RETRY_DELAYS_MS = [10, 25, 50, 100, 200, 400];

export const isBusy = (err: unknown): boolean => /^SQLITE_BUSY/.test(String((err as { code?: unknown } | null)?.code ?? ''));

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The one connection is shared: whoever holds this runs statements on it (like kysely's own mutex). */
class Mutex {
  #held: Promise<void> | undefined;
  #release: (() => void) | undefined;
  async lock(): Promise<void> {
    while (this.#held) await this.#held;
    this.#held = new Promise((resolve) => (this.#release = resolve));
  }
  unlock(): void {
    const release = this.#release;
    this.#held = this.#release = undefined;
    release?.();
  }
}

class RetryingConnection implements DatabaseConnection {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly sqlite: SQLite.Database,
    private readonly mutex: Mutex,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    for (let attempt = 0; ; attempt++) {
      try {
        return this.run<R>(query);
      } catch (err) {
        // Outside a transaction a busy statement changed nothing, so it can simply run again; that
        // includes a failed `begin immediate`. Inside one, the error rolls the transaction back.
        if (!isBusy(err) || this.sqlite.inTransaction || attempt >= RETRY_DELAYS_MS.length) throw err;
        // Nothing is held on the connection now: let other queries use it while this one waits.
        this.mutex.unlock();
        await sleep(RETRY_DELAYS_MS[attempt]!);
        await this.mutex.lock();
      }
    }
  }

  private run<R>({ sql, parameters }: CompiledQuery): QueryResult<R> {
    const stmt = this.db.prepare(sql);
    if (stmt.reader) return { rows: stmt.all(parameters) as R[] };
    const { changes, lastInsertRowid } = stmt.run(parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  async *streamQuery<R>({ sql, parameters, query }: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(query)) throw new Error('Sqlite driver only supports streaming of select queries');
    for (const row of this.db.prepare(sql).iterate(parameters)) yield { rows: [row as R] };
  }
}

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
