// PostgreSQL for the two-instance test, the durability test on PostgreSQL and the bench: a fresh
// database per run on a reachable server, respondents in it, and app processes on it.
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { hashPassword } from '../../server/auth/passwords.ts';
import { listOrganisations } from '../../server/db/repos/organisations.ts';
import { insertUser } from '../../server/db/repos/users.ts';
import { boot } from '../../server/services/bootstrap.ts';
import { benchKind, PASSWORD, startServer, WAVE, type RealServer, type Respondent } from './realServer.ts';

/** The local throw-away cluster of scripts/pg/start-cluster.sh. */
export const LOCAL_CLUSTER = 'postgres://postgres@127.0.0.1:54329/postgres';

/** The server the PostgreSQL tests make their databases on: TEST_DATABASE_URL (as `npm run test:pg`), else the local cluster. */
export const testServerUrl = (): string => process.env.TEST_DATABASE_URL?.trim() || LOCAL_CLUSTER;

/** Whether a PostgreSQL server answers at `adminUrl` (a short wait: the caller prints a line and skips otherwise). */
export async function pgReachable(adminUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database on the server of `adminUrl`, named `<prefix>_<time>_<random>`; `drop()` removes it. */
export async function freshDatabase(adminUrl: string, prefix: string): Promise<FreshDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect().catch((err: unknown) => {
      const shown = adminUrl.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
      throw new Error(`No PostgreSQL server at ${shown} (${String(err)}): run scripts/pg/start-cluster.sh or set TEST_DATABASE_URL.`);
    });
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/**
 * Migrates the database (wave open today, demo dates) and adds `count` respondents of gemeenten,
 * directly: one per gemeente first, then colleagues (as prepareDatabase in realServer.ts does for a file).
 * `sessionsFile`: the SQLite file the app keeps its sessions in while that is still a file.
 */
export async function preparePgDatabase(url: string, sessionsFile: string, count: number, perOrg = 1): Promise<Respondent[]> {
  const booted = await boot({ databaseUrl: url, databasePath: sessionsFile, demo: true });
  try {
    const orgs = await listOrganisations(booted.services.db, benchKind(booted.services.surveys.get(WAVE)!));
    const hash = await hashPassword(PASSWORD);
    const out: Respondent[] = [];
    for (let i = 0; i < count; i++) {
      const r = { email: `respondent-${i}@bench.example`, org: orgs[Math.floor(i / perOrg) % orgs.length]!.code };
      const user = { email: r.email, passwordHash: hash, role: 'respondent', organisationCode: r.org };
      await insertUser(booted.services.db, user, new Date().toISOString());
      out.push(r);
    }
    return out;
  } finally {
    await booted.database.close();
  }
}

/**
 * The SQLite file the instances keep their sessions in while sessions are a file (one machine): made
 * once, WAL and the session store's table, before instances start at the same moment (each would try to
 * create it and one would find the file locked). Statements as better-sqlite3-session-store runs them.
 */
function prepareSessionsFile(file: string): void {
  const db = new SQLite(file);
  try {
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE IF NOT EXISTS sessions (sid TEXT NOT NULL PRIMARY KEY, sess JSON NOT NULL, expire TEXT NOT NULL)');
  } finally {
    db.close();
  }
}

/** `server/index.ts` in its own process on the PostgreSQL database `url` (sessions in `sessionsFile` while those are a file). */
export function startPgServer(url: string, sessionsFile: string, env: Record<string, string> = {}): Promise<RealServer> {
  prepareSessionsFile(sessionsFile);
  return startServer(sessionsFile, { DATABASE_URL: url, ...env });
}

/** Stops the servers that still run (SIGTERM, then waits for each to exit). */
export async function stopServers(servers: readonly RealServer[]): Promise<void> {
  for (const s of servers) {
    if (s.process.exitCode !== null) continue;
    s.process.kill('SIGTERM');
    await s.exited;
  }
}
