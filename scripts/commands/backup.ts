import { existsSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { migrateToLatest, openDatabase, sqliteOf } from '../../server/db/database.ts';
import { backupPostgres, restorePostgres } from './backupPostgres.ts';
import type { Command, CommandContext } from './types.ts';

/** The backup or database file given on the command line: `backup FILE` puts it where the dispatcher expects an action. */
const fileArg = (ctx: CommandContext): string => ctx.action || ctx.positionals[0] || '';

interface Check {
  ok: boolean;
  problem?: string;
  responses?: number;
  answers?: number;
}

/** Is this a sound copy of our database? Integrity check plus the tables that matter. */
export function checkDatabaseFile(file: string): Check {
  if (!existsSync(file)) return { ok: false, problem: `${file} bestaat niet.` };
  let db: SQLite.Database | null = null;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { ok: false, problem: `${file} is beschadigd (integrity_check: ${String(integrity)}).` };
    const tables = new Set((db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name));
    for (const t of ['kysely_migration', 'responses', 'answers', 'answer_history', 'users']) {
      if (!tables.has(t)) return { ok: false, problem: `${file} is geen database van de Afsprakenmonitor (tabel ${t} ontbreekt).` };
    }
    const count = (t: string) => (db!.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n;
    return { ok: true, responses: count('responses'), answers: count('answers') };
  } catch (err) {
    return { ok: false, problem: `${file} is geen leesbare SQLite-database (${(err as Error).message}).` };
  } finally {
    db?.close();
  }
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');

/**
 * `npm run admin -- backup FILE`: SQLite's online backup API, page by page, while the app keeps
 * running and saving; the copy is a consistent snapshot and is checked afterwards.
 */
/** A consistent copy of an SQLite file (its WAL included) at `to`, through SQLite's online backup. */
export async function copySqliteFile(from: string, to: string): Promise<void> {
  const source = new SQLite(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(to);
  } finally {
    source.close();
  }
}

export const backupCommand: Command = {
  usage: 'npm run admin -- backup BESTAND [--force]   (online reservekopie van de database, ook terwijl de app draait; PostgreSQL: pg_dump -Fc)',
  options: { force: { type: 'boolean' } },
  async run(ctx) {
    const file = fileArg(ctx);
    if (!file) return usage(this.usage);
    if (existsSync(file) && !ctx.values.force) return fail(`${file} bestaat al. Kies een nieuw bestand, of gebruik --force om het te overschrijven.`);
    // On PostgreSQL (DATABASE_URL): pg_dump in its custom format, from one snapshot (backupPostgres.ts).
    if (ctx.database.dialect === 'postgres') {
      const result = await backupPostgres(ctx.database, ctx.config.databaseUrl!, file);
      if (!result.ok) return fail(result.message);
      console.log(result.message);
      return 0;
    }
    if (ctx.config.databasePath === ':memory:') return fail('Een database in het geheugen kan niet worden gekopieerd.');
    if (path.resolve(file) === path.resolve(ctx.config.databasePath)) return fail('Kies een ander bestand dan de database zelf.');
    await sqliteOf(ctx.database).backup(file);
    const check = checkDatabaseFile(file);
    if (!check.ok) return fail(`De reservekopie is niet in orde: ${check.problem}`);
    console.log(`Reservekopie gemaakt: ${file} (${check.responses} vragenlijsten, ${check.answers} antwoorden; integriteit gecontroleerd).`);
    return 0;
  },
};

/**
 * `npm run admin -- restore FILE`: checks the backup, keeps a copy of the current database next to
 * it, then copies the backup in with the same backup API and brings it up to the current schema.
 * Stop the app first: it would otherwise go on with the restored data without noticing.
 */
export const restoreCommand: Command = {
  usage: 'npm run admin -- restore BESTAND   (zet een reservekopie terug; stop eerst de app; PostgreSQL: pg_restore --clean)',
  options: {},
  async run(ctx) {
    const file = fileArg(ctx);
    if (!file) return usage(this.usage);
    // On PostgreSQL: pg_restore --clean of a pg_dump -Fc file, after a dump of what is there now (backupPostgres.ts).
    if (ctx.database.dialect === 'postgres') {
      const result = await restorePostgres(ctx.database, ctx.config.databaseUrl!, file);
      for (const line of result.messages) (result.ok ? console.log : console.error)(line);
      return result.ok ? 0 : 1;
    }
    const target = ctx.config.databasePath;
    if (target === ':memory:') return fail('Stel DATABASE_PATH in op het databasebestand dat hersteld moet worden.');
    if (path.resolve(file) === path.resolve(target)) return fail('De reservekopie en de database zijn hetzelfde bestand.');
    const check = checkDatabaseFile(file);
    if (!check.ok) return fail(`Niet hersteld: ${check.problem}`);
    const safety = `${target}.voor-herstel-${stamp(new Date())}.sqlite`;
    await sqliteOf(ctx.database).backup(safety);
    await copySqliteFile(file, target);
    // An older backup gets the newer tables and columns before the app starts on it.
    const restored = openDatabase(target);
    try {
      await migrateToLatest(restored.db);
    } finally {
      await restored.close();
    }
    const after = checkDatabaseFile(target);
    if (!after.ok) return fail(`Herstel mislukt: ${after.problem} De vorige database staat in ${safety}.`);
    console.log(`Hersteld uit ${file}: ${after.responses} vragenlijsten, ${after.answers} antwoorden.`);
    console.log(`De database van vóór het herstel staat in ${safety}.`);
    return 0;
  },
};

function usage(text: string): number {
  console.error(text);
  return 2;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}
