import type { Db } from '../database.ts';
import type { Insertable } from 'kysely';
import { containsText } from '../contains.ts';
import type { MailMessage, MailMessageTable } from '../schema.ts';

/** A row to insert: every column but the generated id (error and outbox file known only for some). */
export type NewMailMessage = Omit<Insertable<MailMessageTable>, 'id'>;

export async function insertMailMessage(db: Db, m: NewMailMessage): Promise<number> {
  const row = await db.insertInto('mail_messages').values(m).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export const findMailMessage = (db: Db, id: number): Promise<MailMessage | undefined> =>
  db.selectFrom('mail_messages').selectAll().where('id', '=', id).executeTakeFirst();

export interface MailListFilter {
  organisationCode?: string;
  kind?: string;
  transport?: string;
  /** A piece of the address (case-insensitive). */
  to?: string;
  limit?: number;
  offset?: number;
}

export type MailListRow = MailMessage & { organisation_name: string | null; sender_email: string | null };

const filtered = (db: Db, f: MailListFilter) => {
  let q = db.selectFrom('mail_messages as m');
  if (f.organisationCode) q = q.where('m.organisation_code', '=', f.organisationCode);
  if (f.kind) q = q.where('m.kind', '=', f.kind);
  if (f.transport) q = q.where('m.transport', '=', f.transport);
  if (f.to) q = q.where(containsText('m.to_address', f.to));
  return q;
};

/** Newest first. */
export function listMailMessages(db: Db, f: MailListFilter = {}): Promise<MailListRow[]> {
  return filtered(db, f)
    .leftJoin('organisations as o', 'o.code', 'm.organisation_code')
    .leftJoin('users as u', 'u.id', 'm.sent_by')
    .selectAll('m')
    .select(['o.name as organisation_name', 'u.email as sender_email'])
    .orderBy('m.id', 'desc')
    .limit(f.limit ?? 500)
    .offset(f.offset ?? 0)
    .execute();
}

/** How many messages the filter finds (the mail log's pager). */
export async function countMailMessages(db: Db, f: MailListFilter = {}): Promise<number> {
  return Number((await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
}

export interface ReminderSummaryRow {
  organisation_code: string;
  organisation_name: string;
  count: number;
  last_sent_at: string;
}

/** Per organisation: how many reminders went out for a wave, and the last one. */
export function reminderSummary(db: Db, waveId: string): Promise<ReminderSummaryRow[]> {
  return db
    .selectFrom('mail_messages as m')
    .innerJoin('organisations as o', 'o.code', 'm.organisation_code')
    .select((eb) => [
      'm.organisation_code as organisation_code',
      'o.name as organisation_name',
      eb.fn.countAll<number>().as('count'),
      eb.fn.max('m.created_at').as('last_sent_at'),
    ])
    .where('m.kind', '=', 'herinnering')
    .where('m.wave_id', '=', waveId)
    .where('m.status', '=', 'verzonden')
    .groupBy(['m.organisation_code', 'o.name'])
    .orderBy('o.name')
    .execute() as Promise<ReminderSummaryRow[]>;
}
