import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Issue 14, point 6: per wave, whether respondents may compare themselves with another organisation
  // by name (as Venster offered it, report §1.2). On (1) unless a coordinator switches it off.
  await db.schema.alterTable('waves').addColumn('named_comparison', 'integer', (c) => c.notNull().defaultTo(1)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('waves').dropColumn('named_comparison').execute();
}
