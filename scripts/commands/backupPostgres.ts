// Backup and restore on PostgreSQL (issue 19): pg_dump -Fc from one snapshot, pg_restore --clean, with the same checks as on SQLite.
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { migrateToLatest, type PostgresDatabase } from '../../server/db/database.ts';
import { redactDatabaseUrl } from '../../server/db/faults.ts';
import { dumpContents, pgDump, pgRestore } from './pgTools.ts';

/** The tables without which a dump is no backup of the Afsprakenmonitor. */
const REQUIRED = ['kysely_migration', 'responses', 'answers', 'answer_history', 'users'];

interface Counts {
  responses: number;
  answers: number;
}

const countsOf = async (q: pg.Pool | pg.PoolClient): Promise<Counts> => {
  const { rows } = await q.query<Counts>('select (select count(*) from responses)::int as responses, (select count(*) from answers)::int as answers');
  return rows[0]!;
};

/** Is this a sound dump of our database? Readable by pg_restore and holding the tables (and rows) that matter. */
export async function checkDumpFile(file: string): Promise<{ ok: true } | { ok: false; problem: string }> {
  if (!existsSync(file)) return { ok: false, problem: `${file} bestaat niet.` };
  let contents;
  try {
    contents = await dumpContents(file);
  } catch (err) {
    return { ok: false, problem: `${file} is geen reservekopie van PostgreSQL (pg_dump -Fc): ${(err as Error).message}` };
  }
  const missing = REQUIRED.find((t) => !contents.tables.has(t) || !contents.data.has(t));
  if (missing) return { ok: false, problem: `${file} is geen reservekopie van de Afsprakenmonitor (tabel ${missing} ontbreekt).` };
  return { ok: true };
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');

/**
 * pg_dump from an exported snapshot, counted in the same snapshot: the figures printed are exactly
 * what the file holds, while the app goes on saving. Written beside the target and renamed, so a
 * failed dump never leaves half a file under the name asked for (nor destroys the file --force replaces).
 */
export async function backupPostgres(database: PostgresDatabase, url: string, file: string): Promise<{ ok: boolean; message: string }> {
  const partial = `${file}.deels-${process.pid}`;
  const client = await database.pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ id: string }>('select pg_export_snapshot() as id');
    const counts = await countsOf(client);
    await pgDump(url, partial, rows[0]!.id);
    await client.query('commit');
    const check = await checkDumpFile(partial);
    if (!check.ok) return { ok: false, message: `De reservekopie is niet in orde: ${check.problem}` };
    renameSync(partial, file);
    return {
      ok: true,
      message: `Reservekopie gemaakt: ${file} (${counts.responses} vragenlijsten, ${counts.answers} antwoorden; pg_dump van ${redactDatabaseUrl(url)}, gecontroleerd met pg_restore --list).`,
    };
  } catch (err) {
    await client.query('rollback').catch(() => {});
    return { ok: false, message: `Geen reservekopie gemaakt: ${(err as Error).message}` };
  } finally {
    client.release();
    rmSync(partial, { force: true });
  }
}

/**
 * Keeps a dump of the current database beside the backup, drops what is newer than the backup (tables
 * and functions of later migrations, which migrateToLatest makes again), then pg_restore --clean in one
 * transaction, and brings the result up to the current schema. Stop every app instance first.
 */
export async function restorePostgres(database: PostgresDatabase, url: string, file: string): Promise<{ ok: boolean; messages: string[] }> {
  const check = await checkDumpFile(file);
  if (!check.ok) return { ok: false, messages: [`Niet hersteld: ${check.problem}`] };
  const dbName = new URL(url).pathname.slice(1) || 'postgres';
  // Never the name of the file being restored: a second restore in the same second (of that very safety copy) would overwrite it first.
  const base = path.join(path.dirname(path.resolve(file)), `${dbName}.voor-herstel-${stamp(new Date())}`);
  let safety = `${base}.dump`;
  for (let n = 2; existsSync(safety); n++) safety = `${base}-${n}.dump`;
  try {
    await pgDump(url, safety);
  } catch (err) {
    return { ok: false, messages: [`Niet hersteld: de huidige database kon niet eerst worden bewaard (${(err as Error).message}).`] };
  }
  try {
    const contents = await dumpContents(file);
    await dropNewerObjects(database.pool, contents.tables, contents.functions);
    await pgRestore(url, file);
    await migrateToLatest(database.db);
  } catch (err) {
    return { ok: false, messages: [`Herstel mislukt: ${(err as Error).message}`, `De database van vóór het herstel staat in ${safety}.`] };
  }
  const after = await countsOf(database.pool);
  return {
    ok: true,
    messages: [`Hersteld uit ${file}: ${after.responses} vragenlijsten, ${after.answers} antwoorden.`, `De database van vóór het herstel staat in ${safety}.`],
  };
}

/** Tables and functions in the database that the backup does not know (made after it): dropped in one transaction. */
async function dropNewerObjects(pool: pg.Pool, tables: Set<string>, functions: Set<string>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const present = await client.query<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public'");
    for (const { name } of present.rows) if (!tables.has(name)) await client.query(`drop table if exists "${name}" cascade`);
    const fns = await client.query<{ name: string }>(
      "select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public'",
    );
    for (const { name } of fns.rows) if (!functions.has(name)) await client.query(`drop function if exists "${name}" cascade`);
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
