import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Single-use links for invitations and password resets; only a hash of the token is stored.
  await db.schema
    .createTable('account_tokens')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('purpose', 'text', (c) => c.notNull()) // uitnodiging | herstel
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('revoked_at', 'text') // replaced by a newer link, or the account was deactivated
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('account_tokens_user').on('account_tokens').column('user_id').execute();

  // Every e-mail the platform sent or wrote to the outbox: the mail log and the reminders log.
  await db.schema
    .createTable('mail_messages')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull()) // uitnodiging | herstel | herinnering
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('organisation_code', 'text', (c) => c.references('organisations.code'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('wave_id', 'text', (c) => c.references('waves.id'))
    .addColumn('sent_by', 'integer', (c) => c.references('users.id'))
    .addColumn('transport', 'text', (c) => c.notNull()) // smtp | outbox
    .addColumn('status', 'text', (c) => c.notNull()) // verzonden | mislukt
    .addColumn('error', 'text')
    .addColumn('outbox_file', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mail_messages_organisation').on('mail_messages').columns(['organisation_code', 'created_at']).execute();

  // An uploaded organisation file waiting for confirmation: nothing is imported before that.
  await db.schema
    .createTable('import_previews')
    .addColumn('token', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull()) // JSON: the rows to write
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['import_previews', 'mail_messages', 'account_tokens']) await db.schema.dropTable(t).execute();
}
