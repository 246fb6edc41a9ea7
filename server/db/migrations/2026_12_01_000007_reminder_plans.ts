import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Scheduled reminders (issue 16, point 4): a wave's plan is a list of steps ('14 days before the
  // closing date, to niet gestart and bezig'), carried out by the server's scheduler.
  await db.schema
    .createTable('reminder_steps')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('wave_id', 'text', (c) => c.notNull().references('waves.id'))
    .addColumn('days_before', 'integer', (c) => c.notNull())
    .addColumn('states', 'text', (c) => c.notNull()) // comma-separated response states: niet-gestart,bezig
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // Set once, in the transaction that fixes the step's recipients: a started step is never started again.
    .addColumn('started_at', 'text')
    .execute();
  await db.schema.createIndex('reminder_steps_wave_days').on('reminder_steps').columns(['wave_id', 'days_before']).unique().execute();
  // One row per step and organisation: the unique constraint is what makes 'never twice' hold,
  // also with two processes on one database file. The row is the step's progress for that organisation.
  await db.schema
    .createTable('reminder_deliveries')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('step_id', 'integer', (c) => c.notNull().references('reminder_steps.id'))
    .addColumn('organisation_code', 'text', (c) => c.notNull().references('organisations.code'))
    .addColumn('addresses', 'text', (c) => c.notNull()) // JSON list, fixed when the step started
    .addColumn('sent_addresses', 'text', (c) => c.notNull().defaultTo('[]')) // JSON list: never sent to again
    .addColumn('status', 'text', (c) => c.notNull()) // wacht | verzonden | mislukt | overgeslagen
    .addColumn('skip_reason', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addUniqueConstraint('reminder_deliveries_step_org', ['step_id', 'organisation_code'])
    .execute();
  await db.schema.createIndex('reminder_deliveries_due').on('reminder_deliveries').columns(['status', 'next_attempt_at']).execute();
  // Which plan step a logged message belongs to: the mail log names it, and the rate limit counts these.
  await db.schema.alterTable('mail_messages').addColumn('reminder_step_id', 'integer').execute();
  await sql`create index mail_messages_step_time on mail_messages (reminder_step_id, created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists mail_messages_step_time`.execute(db);
  await db.schema.alterTable('mail_messages').dropColumn('reminder_step_id').execute();
  await db.schema.dropTable('reminder_deliveries').execute();
  await db.schema.dropTable('reminder_steps').execute();
}
