import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Which organisations answer which survey: those of the actor kinds the survey's definition
  // lists. Several surveys run on one instance (the 2024 monitor, the 2018 transformation plans),
  // each with its own organisations; start-up copies the kinds from the definitions, so SQL can
  // narrow a wave to its organisations. A kind per row (not an organisation per row), so an
  // organisation a coordinator adds later answers every survey of its kind.
  await db.schema
    .createTable('survey_actor_kinds')
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    // The kind this kind lies in (a gemeente's jeugdhulpregio): where a region's name is found.
    .addColumn('part_of', 'text')
    .addPrimaryKeyConstraint('survey_actor_kinds_pk', ['survey_id', 'actor_kind'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('survey_actor_kinds').execute();
}
