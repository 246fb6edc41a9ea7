/**
 * Group commit on the one SQLite connection (issue 18; why and how: server/db/README.md). Nothing is
 * acknowledged before its COMMIT is on disk, so durability is unchanged (npm run test:durability).
 */
import type SQLite from 'better-sqlite3';
import { CompiledQuery, type QueryResult } from 'kysely';
import { isRead } from './queryKind.ts';
import { Lease } from './groupLease.ts';
import type { Mutex } from './connectionMutex.ts';
import type { RetryingConnection } from './retryingConnection.ts';

/** Enough to share one sync among a deadline's saves, few enough that none waits long for it. */
const MAX_MEMBERS = 64;

interface Member {
  resolve(): void;
  reject(err: unknown): void;
}

/** Every group of this process, for commitPendingSync. */
const groups = new Set<GroupCommit>();

/**
 * Commits what waits for the next turn, now. For a second connection to the same file about to
 * write (the session store): the open outer transaction would keep its write lock from it.
 */
export function commitPendingSync(): void {
  for (const g of groups) g.flushSync();
}

export class GroupCommit {
  #open = false;
  #active = false;
  #scheduled = false;
  #members: Member[] = [];
  constructor(
    readonly connection: RetryingConnection,
    private readonly sqlite: SQLite.Database,
    private readonly mutex: Mutex,
  ) {
    groups.add(this);
  }

  /** At close: what waits is committed first; the group is forgotten. */
  close(): void {
    this.flushSync();
    groups.delete(this);
  }

  #run = (sql: string) => this.connection.executeQuery(CompiledQuery.raw(sql));

  async acquire(): Promise<Lease> {
    await this.mutex.lock();
    return new Lease(this);
  }

  async execute<R>(lease: Lease, query: CompiledQuery): Promise<QueryResult<R>> {
    // A write outside a transaction counts as done when it returns: what the group holds goes to disk first.
    if (this.#open && !lease.inTransaction && !isRead(query)) await this.flush();
    return this.connection.executeQuery<R>(query);
  }

  async begin(lease: Lease): Promise<void> {
    if (!this.#open) {
      await this.#run('begin immediate');
      this.#open = true;
    }
    await this.#run('savepoint member');
    lease.inTransaction = this.#active = true;
  }

  async commit(lease: Lease): Promise<void> {
    lease.inTransaction = this.#active = false;
    await this.#run('release member');
    if (this.#members.length + 1 >= MAX_MEMBERS) return this.flush();
    const done = new Promise<void>((resolve, reject) => this.#members.push({ resolve, reject }));
    lease.released = true;
    this.mutex.unlock();
    this.#schedule();
    return done;
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => void this.#scheduledFlush());
  }

  async #scheduledFlush(): Promise<void> {
    this.#scheduled = false;
    await this.mutex.lock();
    try {
      if (this.#open) await this.flush();
    } catch {
      // Every member waiting for this commit has its error.
    } finally {
      this.mutex.unlock();
    }
  }

  async rollback(lease: Lease): Promise<void> {
    if (!lease.inTransaction) return; // its commit failed: flush has rolled back already
    lease.inTransaction = this.#active = false;
    if (this.sqlite.inTransaction) {
      await this.#run('rollback to member');
      await this.#run('release member');
      return;
    }
    // SQLite rolled the whole transaction back itself (SQLITE_FULL, some I/O errors): the others went with it.
    this.#open = false;
    const members = this.#members.splice(0);
    for (const m of members) m.reject(new Error('De database heeft de opslag teruggedraaid (schijf vol of schrijffout).'));
  }

  async release(lease: Lease): Promise<void> {
    if (lease.released) return;
    lease.released = true;
    // A member that rolled back may leave others waiting: the scheduled flush commits them.
    if (this.#open && this.#members.length) this.#schedule();
    this.mutex.unlock();
  }

  /** flush without waiting for the connection; not while a member is halfway (then nothing is open but that member). */
  flushSync(): void {
    if (!this.#open || this.#active) return;
    this.#settle();
  }

  /** Commits the outer transaction: every member waiting is acknowledged, or gets the error (thrown here too). */
  async flush(): Promise<void> {
    const err = this.#settle();
    if (err !== undefined) throw err;
  }

  // The statements are synchronous (better-sqlite3), and a COMMIT in WAL mode holds every lock it needs already.
  #settle(): unknown {
    const members = this.#members.splice(0);
    this.#open = false;
    try {
      if (this.sqlite.inTransaction) this.sqlite.prepare('commit').run();
    } catch (err) {
      if (this.sqlite.inTransaction) this.sqlite.prepare('rollback').run();
      for (const m of members) m.reject(err);
      return err;
    }
    for (const m of members) m.resolve();
    return undefined;
  }
}

