// A hold of the one SQLite connection, as group commit (groupCommit.ts) hands it to kysely.
import type { CompiledQuery, DatabaseConnection, QueryResult } from 'kysely';

/** What a lease needs of its group (an interface, so the two files do not import each other). */
interface LeaseOwner {
  execute<R>(lease: Lease, query: CompiledQuery): Promise<QueryResult<R>>;
  connection: { streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> };
}

/** One hold of the shared connection, from acquire to release (kysely hands it back). */
export class Lease implements DatabaseConnection {
  released = false;
  inTransaction = false;
  constructor(private readonly group: LeaseOwner) {}
  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.group.execute<R>(this, query);
  }
  streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    return this.group.connection.streamQuery<R>(query);
  }
}
