import { sql, type Kysely } from 'kysely';
import { appendOnly } from './appendOnly.ts';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text')
    .addColumn('province_name', 'text')
    .addColumn('region_code', 'text')
    .addColumn('inhabitants', 'integer')
    .addColumn('contact_email', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('organisations_actor_kind').on('organisations').column('actor_kind').execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text')
    .addColumn('password_hash', 'text')
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('respondent','coordinator','analyst','admin')`))
    .addColumn('organisation_code', 'text', (c) => c.references('organisations.code'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('totp_secret', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_login_at', 'text')
    .execute();
  await db.schema.createIndex('users_organisation').on('users').column('organisation_code').execute();

  await db.schema
    .createTable('waves')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('concept','open','gesloten')`))
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('reference_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('responses')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('wave_id', 'text', (c) => c.notNull().references('waves.id'))
    .addColumn('organisation_code', 'text', (c) => c.notNull().references('organisations.code'))
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('concept','ingediend')`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('responses_wave_org', ['wave_id', 'organisation_code'])
    .execute();

  await db.schema
    .createTable('answers')
    .addColumn('response_id', 'integer', (c) => c.notNull().references('responses.id').onDelete('cascade'))
    .addColumn('field_id', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('answers_pk', ['response_id', 'field_id'])
    .execute();
  // Aggregation reads one question across all responses.
  await db.schema.createIndex('answers_field').on('answers').column('field_id').execute();

  await db.schema
    .createTable('answer_history')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('response_id', 'integer', (c) => c.notNull().references('responses.id'))
    .addColumn('field_id', 'text', (c) => c.notNull())
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('answer_history_response').on('answer_history').columns(['response_id', 'version']).execute();
  // History is append-only, enforced by the database itself.
  await appendOnly(db, 'answer_history');

  await db.schema
    .createTable('response_events')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('response_id', 'integer', (c) => c.notNull().references('responses.id'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['response_events', 'answer_history', 'answers', 'responses', 'waves', 'users', 'organisations']) {
    await db.schema.dropTable(t).execute();
  }
}
