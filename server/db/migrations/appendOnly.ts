import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

// Frozen with the migrations that call it: an append-only table, enforced by the database itself.
// The SQLite statements are exactly those the initial migration shipped with.
export async function appendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  const t = sql.id(table);
  if (!isPostgres(db)) {
    await sql`create trigger ${sql.id(`${table}_no_update`)} before update on ${t}
    begin select raise(abort, ${sql.lit(`${table} is append-only`)}); end`.execute(db);
    await sql`create trigger ${sql.id(`${table}_no_delete`)} before delete on ${t}
    begin select raise(abort, ${sql.lit(`${table} is append-only`)}); end`.execute(db);
    return;
  }
  const fn = sql.id(`${table}_append_only`);
  await sql`create function ${fn}() returns trigger language plpgsql as $$
    begin raise exception '% is append-only', TG_TABLE_NAME; end $$`.execute(db);
  await sql`create trigger ${sql.id(`${table}_no_update`)} before update or delete on ${t}
    for each row execute function ${fn}()`.execute(db);
}
