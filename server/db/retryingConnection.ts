import type SQLite from 'better-sqlite3';
import { SelectQueryNode, type CompiledQuery, type DatabaseConnection, type QueryResult, type SqliteDatabase } from 'kysely';
import { isBusy, RETRY_DELAYS_MS, sleep } from './busyPolicy.ts';
import type { Mutex } from './connectionMutex.ts';
import { allAsObjects } from './rowObjects.ts';

/** Runs statements on the shared connection, retrying a busy one after the pauses in busyPolicy.ts. */
export class RetryingConnection implements DatabaseConnection {
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

  /** The database is better-sqlite3 behind the statement cache (statementCache.ts): its statements have raw mode. */
  private statement(sql: string): SQLite.Statement {
    return this.db.prepare(sql) as unknown as SQLite.Statement;
  }

  private run<R>({ sql, parameters }: CompiledQuery): QueryResult<R> {
    const stmt = this.statement(sql);
    if (stmt.reader) return { rows: allAsObjects(stmt, parameters) as R[] };
    const { changes, lastInsertRowid } = stmt.run(parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  async *streamQuery<R>({ sql, parameters, query }: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(query)) throw new Error('Sqlite driver only supports streaming of select queries');
    // Objects from C++ here: a stream is read row by row, and the cached statement may be in raw mode.
    for (const row of this.statement(sql).raw(false).iterate(parameters)) yield { rows: [row as R] };
  }
}
