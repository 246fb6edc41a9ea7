// PostgreSQL's own tools (pg_dump, pg_restore) for backup and restore: found, run, their output read.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Where pg_dump lives: PG_BIN, else the newest Debian package's folder (/usr/lib/postgresql/<n>/bin;
 * pg_dump must be at least as new as the server), else PATH.
 */
export function pgBinary(name: 'pg_dump' | 'pg_restore'): string {
  if (process.env.PG_BIN) return path.join(process.env.PG_BIN, name);
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', name))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin', name) : name;
}

/** The address without its password (which goes through PGPASSWORD, not the process list). */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** Runs one of the tools; a failure becomes an Error with what the tool wrote on stderr. */
async function tool(name: 'pg_dump' | 'pg_restore', args: string[], url?: string): Promise<string> {
  const c = url ? connection(url) : { dbname: '', env: process.env };
  try {
    const { stdout } = await run(pgBinary(name), url ? [...args, `--dbname=${c.dbname}`] : args, { env: c.env, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (err) {
    const e = err as { code?: unknown; stderr?: string; message: string };
    if (e.code === 'ENOENT') throw new Error(`${name} niet gevonden. Installeer PostgreSQL (apt-get install -y postgresql-client) of zet PG_BIN.`);
    throw new Error(`${name} mislukt: ${(e.stderr || e.message).trim()}`);
  }
}

/** pg_dump in its custom format (compressed, for pg_restore); from an exported snapshot when given. */
export const pgDump = (url: string, file: string, snapshot?: string) =>
  tool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, ...(snapshot ? [`--snapshot=${snapshot}`] : [])], url);

/**
 * Puts a dump back: what it holds is dropped first (--clean --if-exists), all in one transaction, so a
 * failure leaves the database as it was. Objects are owned by whoever restores (--no-owner).
 */
export const pgRestore = (url: string, file: string) =>
  tool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', file], url);

export interface DumpContents {
  tables: Set<string>;
  /** Tables whose rows are in the dump. */
  data: Set<string>;
  functions: Set<string>;
}

/** The table of contents of a dump (pg_restore --list); fails when the file is no custom-format dump. */
export async function dumpContents(file: string): Promise<DumpContents> {
  const list = await tool('pg_restore', ['--list', file]);
  const out: DumpContents = { tables: new Set(), data: new Set(), functions: new Set() };
  // Lines such as "215; 1259 16390 TABLE public answers postgres" and "3401; 0 16390 TABLE DATA public answers postgres".
  for (const m of list.matchAll(/^\d+; \d+ \d+ (TABLE DATA|TABLE|FUNCTION) public (\S+)/gm)) {
    const [, kind, name] = m as unknown as [string, string, string];
    if (kind === 'TABLE') out.tables.add(name);
    else if (kind === 'TABLE DATA') out.data.add(name);
    else out.functions.add(name.replace(/\(.*$/, ''));
  }
  return out;
}
