import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, type MigrationProvider } from 'kysely';
import { BUSY_TIMEOUT_MS, RetryingSqliteDialect } from './busyRetry.ts';
import { migrations } from './migrations/index.ts';
import type pg from 'pg';
import { openPostgres } from './postgres.ts';
import type { Database } from './schema.ts';
import { withStatementCache } from './statementCache.ts';

export type Db = Kysely<Database>;

/** The embedded default: one SQLite file (or ':memory:') in this process. */
export interface SqliteDatabase {
  dialect: 'sqlite';
  db: Db;
  sqlite: SQLite.Database;
  close(): Promise<void>;
}

/** Production with several instances: a pool on a PostgreSQL server (DATABASE_URL). */
export interface PostgresDatabase {
  dialect: 'postgres';
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

export type OpenedDatabase = SqliteDatabase | PostgresDatabase;

export const isPostgresUrl = (target: string) => /^postgres(ql)?:\/\//.test(target);

/** A postgres:// address opens a PostgreSQL pool; anything else is a SQLite file (':memory:' for tests). */
export function openDatabase(target: string): OpenedDatabase {
  if (!isPostgresUrl(target)) return openSqlite(target);
  const { db, pool } = openPostgres(target, Number(process.env.DATABASE_POOL_SIZE ?? 10));
  return { dialect: 'postgres', db, pool, close: () => db.destroy() };
}

const rawConnections = new WeakMap<Db, SQLite.Database>();

/**
 * The SQLite connection under a Kysely instance, or null on PostgreSQL: for the few reads where
 * kysely's row objects are most of the cost (repos/tallyRows.ts, monitorData.ts). Only repositories call this.
 */
export const rawSqliteOf = (db: Db): SQLite.Database | null => rawConnections.get(db) ?? null;

/** Opens SQLite with WAL and foreign keys. */
export function openSqlite(file: string): SqliteDatabase {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // FULL: an acknowledged save survives power loss, not only a process crash.
  sqlite.pragma('synchronous = FULL');
  // Short: waiting here blocks the event loop; busyRetry.ts waits asynchronously instead.
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const dialect = new RetryingSqliteDialect(withStatementCache(sqlite), sqlite);
  const db = new Kysely<Database>({ dialect });
  rawConnections.set(db, sqlite);
  const close = async () => {
    dialect.closeGroup();
    sqlite.close();
  };
  return { dialect: 'sqlite', db, sqlite, close };
}

/** A migration that failed: its name and the database's error; the start-up stops with it. */
export class MigrationError extends Error {
  constructor(readonly migrationName: string, readonly reason: unknown) {
    super(`Migratie ${migrationName} mislukt: ${reason instanceof Error ? reason.message : String(reason)}`, { cause: reason });
  }
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  // Which migration, and the database's own words (e.g. 'relation "x" already exists').
  if (failed) throw new MigrationError(failed.migrationName, error);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

/** The raw SQLite connection, for what only SQLite has (file backup, pragmas); fails clearly on PostgreSQL. */
export function sqliteOf(database: OpenedDatabase): SQLite.Database {
  if (database.dialect !== 'sqlite') throw new Error('Dit kan alleen met de ingebouwde SQLite-database.');
  return database.sqlite;
}
