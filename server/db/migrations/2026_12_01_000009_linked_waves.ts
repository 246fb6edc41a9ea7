import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Year after year (issue 17): a wave names the wave before it, whose answers it follows.
  await db.schema.alterTable('waves').addColumn('previous_wave_id', 'text', (c) => c.references('waves.id')).execute();
  // Answers copied from last year that the respondent has not confirmed or changed yet: they do not
  // count in the monitor. The row goes when the answer is confirmed or changed; the answer itself
  // lives in `answers` like any other (written with the history channel 'vorig-jaar').
  await db.schema
    .createTable('carried_answers')
    .addColumn('response_id', 'integer', (c) => c.notNull().references('responses.id'))
    .addColumn('field_id', 'text', (c) => c.notNull())
    .addColumn('from_response_id', 'integer', (c) => c.notNull().references('responses.id'))
    .addColumn('copied_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('carried_answers_pk', ['response_id', 'field_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('carried_answers').execute();
  await db.schema.alterTable('waves').dropColumn('previous_wave_id').execute();
}
