import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Contact people per organisation (issue 16, point 1): name, e-mail (may be missing: such a contact
  // is shown and skipped by bulk invitations), role ('contactpersoon', 'vaststeller' or 'anders' with a text).
  await db.schema
    .createTable('organisation_contacts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('organisation_code', 'text', (c) => c.notNull().references('organisations.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('role_other', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('organisation_contacts_org').on('organisation_contacts').column('organisation_code').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('organisation_contacts').execute();
}
