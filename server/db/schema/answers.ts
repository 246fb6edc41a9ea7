import type { Generated, Selectable } from 'kysely';

export interface AnswerTable {
  response_id: number;
  field_id: string;
  value: string; // JSON
  updated_at: string;
  updated_by: number | null;
}

/** Append-only: every change of every answer. */
export interface AnswerHistoryTable {
  id: Generated<number>;
  response_id: number;
  field_id: string;
  old_value: string | null;
  new_value: string | null;
  version: number;
  user_id: number | null;
  channel: string; // web | api | excel | import | system
  changed_at: string;
}

export type AnswerHistoryRow = Selectable<AnswerHistoryTable>;

/** An answer copied from last year's wave, not yet confirmed or changed (issue 17): it does not count in the monitor. */
export interface CarriedAnswerTable {
  response_id: number;
  field_id: string;
  from_response_id: number;
  copied_at: string;
}
