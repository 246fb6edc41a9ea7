// `npm run admin -- copy-to-postgres --from FILE --to postgres://…`: an existing SQLite installation moved to PostgreSQL (issue 19).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type pg from 'pg';
import { isPostgresUrl, migrateToLatest, openDatabase, openSqlite, type PostgresDatabase } from '../../server/db/database.ts';
import { redactDatabaseUrl } from '../../server/db/faults.ts';
import { explainStartFailure } from '../../server/startFailure.ts';
import { checkDatabaseFile, copySqliteFile } from './backup.ts';
import type { StandaloneCommand } from './types.ts';

/** Kept by the migrator or by the session store: made by the target's own migrations, never copied. */
const NOT_COPIED = new Set(['kysely_migration', 'kysely_migration_lock', 'sessions']);
/** Rows per INSERT: well below PostgreSQL's 65,535 parameters for our widest table. */
const BATCH_ROWS = 500;

export interface TableCount {
  table: string;
  source: number;
  target: number;
}

export interface CopyResult {
  ok: boolean;
  messages: string[];
  counts: TableCount[];
  exitCode?: number;
}

/** Tables in an order where every table comes after the tables its foreign keys point to. */
export function foreignKeyOrder(tables: string[], references: { child: string; parent: string }[]): string[] {
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const r of references) if (r.child !== r.parent && parents.has(r.parent)) parents.get(r.child)?.add(r.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t) && [...parents.get(t)!].every((p) => placed.has(p)));
    if (ready.length === 0) throw new Error(`kringverwijzing tussen de tabellen ${tables.filter((t) => !placed.has(t)).join(', ')}`);
    for (const t of ready.sort()) {
      ordered.push(t);
      placed.add(t);
    }
  }
  return ordered;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function targetTables(pool: pg.Pool): Promise<{ tables: string[]; columns: Map<string, string[]>; identities: [string, string][] }> {
  const cols = await pool.query<{ table_name: string; column_name: string; identity: boolean }>(
    `select table_name, column_name, (is_identity = 'YES' or coalesce(column_default, '') like 'nextval(%') as identity
       from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`,
  );
  const columns = new Map<string, string[]>();
  const identities: [string, string][] = [];
  for (const c of cols.rows) {
    if (NOT_COPIED.has(c.table_name)) continue;
    columns.set(c.table_name, [...(columns.get(c.table_name) ?? []), c.column_name]);
    if (c.identity) identities.push([c.table_name, c.column_name]);
  }
  const refs = await pool.query<{ child: string; parent: string }>(
    `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
       from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
  );
  const unquote = (n: string) => n.replace(/^"|"$/g, '');
  return { tables: foreignKeyOrder([...columns.keys()], refs.rows.map((r) => ({ child: unquote(r.child), parent: unquote(r.parent) }))), columns, identities };
}

/**
 * The columns a table is paged by: its row number, or for a table without one (answers since
 * migration 000011) its primary key.
 */
function pageKey(source: SQLite.Database, table: string): string[] {
  const list = source.prepare(`select wr from pragma_table_list where schema = 'main' and name = ?`).get(table) as { wr: number } | undefined;
  if (!list?.wr) return ['rowid'];
  return (source.prepare('select name from pragma_table_info(?) where pk > 0 order by pk').all(table) as { name: string }[]).map((c) => c.name);
}

/** Copies one table in batches of BATCH_ROWS, in the order of its page key (row order: a self-reference then points back). */
async function copyTable(source: SQLite.Database, client: pg.PoolClient, table: string, columns: string[]): Promise<number> {
  const key = pageKey(source, table);
  const keyList = key.map(q).join(', ');
  const head = `select ${key.map((k, i) => `${q(k)} as _key${i}_`).join(', ')}, ${columns.map(q).join(', ')} from ${q(table)}`;
  const tail = `order by ${keyList} limit ${BATCH_ROWS}`;
  const first = source.prepare(`${head} ${tail}`);
  const next = source.prepare(`${head} where (${keyList}) > (${key.map(() => '?').join(', ')}) ${tail}`);
  let after: unknown[] | null = null;
  let copied = 0;
  for (;;) {
    const rows = (after ? next.all(...after) : first.all()) as Record<string, unknown>[];
    if (rows.length === 0) return copied;
    const params: unknown[] = [];
    const tuples = rows.map((row) => `(${columns.map((c) => { params.push(row[c]); return `$${params.length}`; }).join(', ')})`);
    await client.query(`insert into ${q(table)} (${columns.map(q).join(', ')}) values ${tuples.join(', ')}`, params);
    copied += rows.length;
    const last = rows[rows.length - 1]!;
    after = key.map((_, i) => last[`_key${i}_`]);
  }
}

const countIn = (source: SQLite.Database, table: string) => (source.prepare(`select count(*) as n from ${q(table)}`).get() as { n: number }).n;

/**
 * Copies every table of a SQLite installation into an empty PostgreSQL database: the source is first
 * copied with SQLite's backup API (a consistent snapshot, also while the app runs; the file itself is not
 * touched) and brought up to the current schema; the target is migrated to latest. Everything goes in one
 * transaction, tables in foreign-key order, identity sequences set past the highest id, then every
 * table's rows are counted on both sides.
 */
export async function copyToPostgres(from: string, to: string): Promise<CopyResult> {
  const fail = (...messages: string[]): CopyResult => ({ ok: false, messages, counts: [] });
  if (!isPostgresUrl(to)) return fail(`--to moet een PostgreSQL-adres zijn (postgres://gebruiker:wachtwoord@server:5432/database), niet ${to}.`);
  const check = checkDatabaseFile(from);
  if (!check.ok) return fail(`Niet gekopieerd: ${check.problem}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'afsprakenmonitor-copy-'));
  const snapshot = path.join(dir, 'bron.sqlite');
  await copySqliteFile(from, snapshot);
  const migrated = openSqlite(snapshot);
  const target = openDatabase(to) as PostgresDatabase;
  try {
    await migrateToLatest(migrated.db);
    const before = await target.pool.query<{ n: number }>(
      "select count(*)::int as n from pg_tables where schemaname = 'public' and tablename not in ('kysely_migration', 'kysely_migration_lock')",
    );
    const ours = await target.pool.query("select to_regclass('kysely_migration') as t");
    if (before.rows[0]!.n > 0 && !ours.rows[0].t) return fail(`Niet gekopieerd: ${redactDatabaseUrl(to)} bevat al tabellen van iets anders. Kies een lege database.`);
    await migrateToLatest(target.db);
    const { tables, columns, identities } = await targetTables(target.pool);
    const filled: string[] = [];
    for (const t of tables) {
      const { rows } = await target.pool.query<{ n: number }>(`select count(*)::int as n from ${q(t)}`);
      if (rows[0]!.n > 0) filled.push(`${t} (${rows[0]!.n})`);
    }
    if (filled.length) return fail(`Niet gekopieerd: de doeldatabase is niet leeg: ${filled.join(', ')}. Kies een lege database.`);
    const sourceTables = new Set((migrated.sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((r) => r.name));
    const missing = tables.filter((t) => !sourceTables.has(t));
    if (missing.length) return fail(`Niet gekopieerd: de bron mist de tabellen ${missing.join(', ')}.`);

    const client = await target.pool.connect();
    try {
      await client.query('begin');
      for (const t of tables) await copyTable(migrated.sqlite, client, t, columns.get(t)!);
      // New rows on PostgreSQL get ids after the copied ones.
      for (const [t, c] of identities) {
        await client.query(`select setval(pg_get_serial_sequence($1, $2), coalesce((select max(${q(c)}) from ${q(t)}), 0) + 1, false)`, [t, c]);
      }
      await client.query('commit');
    } catch (err) {
      await client.query('rollback').catch(() => {});
      return fail(`Kopiëren mislukt, er is niets overgezet: ${(err as Error).message}`);
    } finally {
      client.release();
    }
    const counts: TableCount[] = [];
    for (const t of tables) {
      const { rows } = await target.pool.query<{ n: number }>(`select count(*)::int as n from ${q(t)}`);
      counts.push({ table: t, source: countIn(migrated.sqlite, t), target: rows[0]!.n });
    }
    const wrong = counts.filter((c) => c.source !== c.target);
    const lines = counts.map((c) => `  ${c.table.padEnd(24)} ${String(c.source).padStart(8)} → ${String(c.target).padStart(8)}${c.source === c.target ? '' : '   VERSCHIL'}`);
    const head = `Gekopieerd van ${from} naar ${redactDatabaseUrl(to)} (rijen per tabel, bron → doel):`;
    if (wrong.length) return { ok: false, counts, messages: [head, ...lines, `Aantallen verschillen bij ${wrong.map((c) => c.table).join(', ')}: controleer de kopie.`] };
    return { ok: true, counts, messages: [head, ...lines, 'Alle aantallen kloppen. Sessies zijn niet meegekopieerd: iedereen logt op PostgreSQL opnieuw in.'] };
  } finally {
    await migrated.close();
    await target.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const copyToPostgresCommand: StandaloneCommand = {
  usage: 'npm run admin -- copy-to-postgres --from BESTAND.sqlite [--to postgres://…]   (zet een SQLite-installatie over naar een lege PostgreSQL-database; standaard --to = DATABASE_URL)',
  options: { from: { type: 'string' }, to: { type: 'string' } },
  standalone: true,
  async run({ values, config }) {
    const from = typeof values.from === 'string' ? values.from : '';
    const to = typeof values.to === 'string' ? values.to : config.databaseUrl ?? '';
    if (!from || !to) {
      console.error(this.usage);
      return 2;
    }
    const result = await copyToPostgres(from, to).catch((err: unknown): CopyResult => {
      // The target out of reach or a migration failing there: the same words (and exit code) as at start.
      const failure = explainStartFailure(err, to, from);
      if (!failure) throw err;
      return { ok: false, messages: [`Niet gekopieerd. ${failure.message.split('\n')[0]}`], counts: [], exitCode: failure.exitCode };
    });
    for (const line of result.messages) (result.ok ? console.log : console.error)(line);
    return result.ok ? 0 : result.exitCode ?? 1;
  },
};
