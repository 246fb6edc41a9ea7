/**
 * Which database a test boots: SQLite (`npm test`, ':memory:' or a file) or, under `npm run test:pg`,
 * a PostgreSQL database of its own, migrated and empty. The global set-up (pgGlobalSetup.ts) migrated a
 * template once; a copy of it costs a few hundred milliseconds with fsync on, so a dropped database is
 * emptied instead (every table but the migrations' own, identities from 1 again) and the next test takes
 * it from the run's list of spare databases: as fresh as a copy, in a fraction of the time.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The cluster of scripts/pg/start-cluster.sh; TEST_DATABASE_URL points elsewhere (CI, a developer's own server). */
export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:54329/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated template database of this run. */
    pgTemplate: string;
    /** The name every database of this run starts with (so a teardown drops exactly those). */
    pgPrefix: string;
    /** The run's own small database holding the list of spare (emptied) databases. */
    pgRegistry: string;
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

export const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

let registry: pg.Pool | null = null;
/** One small pool per test worker on the run's registry database: CREATE/DROP DATABASE and the spare list. */
function registryPool(): pg.Pool {
  registry ??= new pg.Pool({ connectionString: urlOf(inject('pgRegistry')), max: 2, idleTimeoutMillis: 1000, allowExitOnIdle: true });
  return registry;
}

export interface TestDatabase {
  /** postgres://… of the database. */
  url: string;
  name: string;
  /** Gives it back (emptied for the next test; dropped when that fails): await it after closing the app. */
  drop(): Promise<void>;
}

/** A migrated, empty PostgreSQL database for one test context: a spare one, or a new copy of the template. */
export async function createPgTestDatabase(): Promise<TestDatabase> {
  const { rows } = await registryPool().query<{ name: string }>(
    'delete from spare where name = (select name from spare limit 1 for update skip locked) returning name',
  );
  const name = rows[0]?.name ?? (await copyTemplate());
  return { url: urlOf(name), name, drop: () => giveBack(name) };
}

async function copyTemplate(): Promise<string> {
  const name = `${inject('pgPrefix')}_${randomBytes(5).toString('hex')}`;
  const statement = `create database ${quoted(name)} template ${quoted(inject('pgTemplate'))}`;
  // Two workers copying the template at the same instant can be told it is "being accessed": try again.
  for (let attempt = 0; ; attempt++) {
    try {
      await registryPool().query(statement);
      return name;
    } catch (e) {
      if (attempt >= 20 || !/being accessed by other users/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 20 + attempt * 10));
    }
  }
}

// Every table but the migrations' own, and the sequences behind the identity columns.
const TABLES = `select quote_ident(tablename) t from pg_tables where schemaname = 'public' and tablename not like 'kysely\\_%'`;
const SEQUENCES = `select quote_ident(sequencename) s from pg_sequences where schemaname = 'public'`;

/**
 * Empties the database and lists it as spare; drops it when that fails. DELETE, not TRUNCATE: on these
 * small tables one commit is far cheaper than new files for every table. With the triggers off for this
 * transaction (foreign keys, the append-only history), so the order of the tables does not matter.
 */
async function giveBack(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlOf(name) });
  try {
    await client.connect();
    // An app that was not closed still holds locks: do not wait for it, drop the database instead.
    await client.query("set lock_timeout = '2s'");
    const tables = (await client.query<{ t: string }>(TABLES)).rows.map((r) => r.t);
    const sequences = (await client.query<{ s: string }>(SEQUENCES)).rows.map((r) => r.s);
    await client.query(['begin', 'set local session_replication_role = replica', ...tables.map((t) => `delete from ${t}`),
      ...sequences.map((q) => `alter sequence ${q} restart`), 'commit'].join(';\n'));
    await client.end();
    await registryPool().query('insert into spare (name) values ($1)', [name]);
  } catch {
    await client.end().catch(() => {});
    await dropPgDatabase(name);
  }
}

export async function dropPgDatabase(name: string): Promise<void> {
  await registryPool().query(`drop database if exists ${quoted(name)} with (force)`);
}

/**
 * Where a test that boots its own database (a CLI run, a demo boot) keeps it: on SQLite the given
 * file (or ':memory:'), under test:pg a PostgreSQL database of its own. `env` is what a child process
 * (npm run admin) needs to open the same database; `drop` gives it back (nothing on SQLite).
 */
export async function testDatabaseTarget(sqliteFile = ':memory:'): Promise<{
  target: string; env: Record<string, string>; drop(): Promise<void>;
}> {
  if (!onPostgres()) return { target: sqliteFile, env: { DATABASE_PATH: sqliteFile }, drop: async () => {} };
  const created = await createPgTestDatabase();
  return { target: created.url, env: { DATABASE_URL: created.url }, drop: created.drop };
}
