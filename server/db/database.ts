import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, type MigrationProvider } from 'kysely';
import { BUSY_TIMEOUT_MS, RetryingSqliteDialect } from './busyRetry.ts';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';
import { withStatementCache } from './statementCache.ts';

export type Db = Kysely<Database>;

export interface OpenedDatabase {
  db: Db;
  sqlite: SQLite.Database;
}

/** Opens SQLite with WAL and foreign keys; ':memory:' for tests. */
export function openDatabase(file: string): OpenedDatabase {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // FULL: an acknowledged save survives power loss, not only a process crash.
  sqlite.pragma('synchronous = FULL');
  // Short: waiting here blocks the event loop; busyRetry.ts waits asynchronously instead.
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const db = new Kysely<Database>({ dialect: new RetryingSqliteDialect(withStatementCache(sqlite), sqlite) });
  return { db, sqlite };
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  for (const r of results ?? []) {
    if (r.status === 'Error') throw new Error(`Migratie ${r.migrationName} mislukt`);
  }
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
