import { sql } from 'kysely';
import type { Db } from '../database.ts';

/** A real read of the schema (not just `select 1`): fails when the file is gone, locked or not migrated. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select count(*) as n from waves`.execute(db);
}
