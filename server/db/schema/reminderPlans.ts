import type { Generated, Selectable } from 'kysely';

/** One step of a wave's reminder plan (issue 16, point 4): so many days before the closing date, to these states. */
export interface ReminderStepTable {
  id: Generated<number>;
  wave_id: string;
  days_before: number;
  /** Comma-separated response states: 'niet-gestart', 'bezig'. */
  states: string;
  subject: string;
  body_text: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  /** When the scheduler fixed the step's recipients; null while the step is still planned. */
  started_at: string | null;
}

/** A step's progress for one organisation; unique per step and organisation. */
export interface ReminderDeliveryTable {
  id: Generated<number>;
  step_id: number;
  organisation_code: string;
  /** JSON list of addresses, fixed when the step started. */
  addresses: string;
  /** JSON list of the addresses the message reached: never sent to again. */
  sent_addresses: Generated<string>;
  status: string; // wacht | verzonden | mislukt | overgeslagen
  skip_reason: string | null;
  attempts: Generated<number>;
  next_attempt_at: string;
  /** A process that is sending holds the row until then (a crashed one lets go by itself). */
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

export type ReminderStep = Selectable<ReminderStepTable>;
export type ReminderDelivery = Selectable<ReminderDeliveryTable>;
