/**
 * Which database a test boots: SQLite (`npm test`, ':memory:' or a file) or, under `npm run test:pg`,
 * a fresh PostgreSQL database of its own, copied from the template that the global set-up migrated
 * once (pgGlobalSetup.ts). A copy takes tens of milliseconds; closing the context drops it.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The cluster of scripts/pg/start-cluster.sh; TEST_DATABASE_URL points elsewhere (CI, a developer's own server). */
export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:54329/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
    pgPrefix: string;
  }
}

/** True under `npm run test:pg` (vitest.pg.config.ts sets TEST_DIALECT). */
export const onPostgres = (): boolean => process.env.TEST_DIALECT === 'postgres';

export const serverUrl = (): string => process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;

/** The same server address with another database name. */
export function urlOf(database: string, base = serverUrl()): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

let admin: pg.Pool | null = null;
/** One small connection pool per test worker for CREATE/DROP DATABASE (on the server's maintenance database). */
function adminPool(): pg.Pool {
  admin ??= new pg.Pool({ connectionString: serverUrl(), max: 2, idleTimeoutMillis: 1000, allowExitOnIdle: true });
  return admin;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface TestDatabase {
  /** postgres://… of the new database. */
  url: string;
  name: string;
  /** Drops it (also when connections are still open: a test that forgot one must not leave it behind). */
  drop(): Promise<void>;
}

/** A new, migrated, empty PostgreSQL database for one test context. */
export async function createPgTestDatabase(): Promise<TestDatabase> {
  const name = `${inject('pgPrefix')}_${randomBytes(5).toString('hex')}`;
  const statement = `create database ${quoted(name)} template ${quoted(inject('pgTemplate'))}`;
  // Two workers copying the template at the same instant can be told it is "being accessed": try again.
  for (let attempt = 0; ; attempt++) {
    try {
      await adminPool().query(statement);
      break;
    } catch (e) {
      if (attempt >= 20 || !/being accessed by other users/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 20 + attempt * 10));
    }
  }
  return { url: urlOf(name), name, drop: () => dropPgDatabase(name) };
}

export async function dropPgDatabase(name: string): Promise<void> {
  await adminPool().query(`drop database if exists ${quoted(name)} with (force)`);
}

/**
 * Where a test that boots its own database (a CLI run, a demo boot) keeps it: on SQLite the given
 * file (or ':memory:'), under test:pg a fresh PostgreSQL database. `env` is what a child process
 * (npm run admin) needs to open the same database; `drop` removes it again (nothing on SQLite).
 */
export async function testDatabaseTarget(sqliteFile = ':memory:'): Promise<{
  target: string; env: Record<string, string>; drop(): Promise<void>;
}> {
  if (!onPostgres()) return { target: sqliteFile, env: { DATABASE_PATH: sqliteFile }, drop: async () => {} };
  const created = await createPgTestDatabase();
  return { target: created.url, env: { DATABASE_URL: created.url }, drop: created.drop };
}
