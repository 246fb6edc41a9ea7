import type { Generated, Selectable } from 'kysely';

/** Every e-mail sent or written to the outbox (invitations, resets, reminders). */
export interface MailMessageTable {
  id: Generated<number>;
  kind: string; // uitnodiging | herstel | herinnering
  to_address: string;
  subject: string;
  body_text: string;
  organisation_code: string | null;
  user_id: number | null;
  wave_id: string | null;
  sent_by: number | null;
  transport: string; // smtp | outbox
  status: string; // verzonden | mislukt
  error: string | null;
  outbox_file: string | null;
  created_at: string;
  /** The reminder plan step that sent it (issue 16); null for every other message. */
  reminder_step_id: Generated<number | null>;
}

export type MailMessage = Selectable<MailMessageTable>;
