// What the start-up script (and `npm run admin`) say when the database stops them: one Dutch line, its own exit code, no stack.
import { MigrationError } from './db/database.ts';
import { isDatabaseUnreachable, redactDatabaseUrl } from './db/faults.ts';

/** The exit codes a start can end with besides 0 and 1 (any other failure), for process managers and scripts. */
export const EXIT_DATABASE_UNREACHABLE = 3;
export const EXIT_MIGRATION_FAILED = 4;

export interface StartFailure {
  message: string;
  exitCode: number;
}

const reasonOf = (err: unknown): string => {
  const e = err as { message?: unknown; code?: unknown; errors?: { message?: unknown }[] } | null;
  const own = typeof e?.message === 'string' && e.message ? e.message : '';
  // An AggregateError (localhost tried over IPv6 and IPv4) has no message of its own; its parts have.
  const parts = Array.isArray(e?.errors) ? e.errors.map((x) => String(x?.message ?? '')).filter(Boolean).join('; ') : '';
  return own || parts || String(e?.code ?? err);
};

/** A known reason the database stops the start; null for anything else (a bug: the caller prints it whole). */
export function explainStartFailure(err: unknown, databaseUrl: string | null, databasePath: string): StartFailure | null {
  const where = databaseUrl ? redactDatabaseUrl(databaseUrl) : databasePath;
  if (err instanceof MigrationError) {
    return {
      // On PostgreSQL kysely runs the pending migrations in one transaction: none of them stays half done.
      message: `${err.message}\nDe app is niet gestart (database ${where}). Los de oorzaak op en start opnieuw.`,
      exitCode: EXIT_MIGRATION_FAILED,
    };
  }
  // The SQLite file cannot be opened or its folder made (permissions, a path that is a file, a read-only disk).
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  if (!databaseUrl && /^(SQLITE_CANTOPEN|SQLITE_READONLY|EACCES|EROFS|ENOTDIR|EEXIST)/.test(code)) {
    return {
      message: `Het databasebestand kan niet worden geopend: ${where} (${reasonOf(err)}).\n`
        + 'Controleer DATABASE_PATH en of de app in die map mag schrijven. De app is niet gestart.',
      exitCode: EXIT_DATABASE_UNREACHABLE,
    };
  }
  if (isDatabaseUnreachable(err)) {
    return {
      message: `De database is niet bereikbaar: ${where} (${reasonOf(err)}).\n`
        + 'Controleer DATABASE_URL (server, poort, databasenaam, gebruiker en wachtwoord) en of PostgreSQL draait. De app is niet gestart.',
      exitCode: EXIT_DATABASE_UNREACHABLE,
    };
  }
  return null;
}
