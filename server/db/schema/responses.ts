import type { Generated, Selectable } from 'kysely';

export interface ResponseTable {
  id: Generated<number>;
  wave_id: string;
  organisation_code: string;
  state: string; // concept | ingediend
  version: Generated<number>;
  submitted_at: string | null;
  submitted_by: number | null;
  /** Offered for sign-off ('ter vaststelling') while state is still concept; null otherwise. */
  offered_at: string | null;
  offered_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface ResponseEventTable {
  id: Generated<number>;
  response_id: number;
  event: string; // ingediend | heropend | aangeboden | vastgesteld | teruggestuurd
  user_id: number | null;
  at: string;
  /** Why a response was sent back (teruggestuurd); null for the other events. */
  remark: string | null;
}

export type ResponseRow = Selectable<ResponseTable>;
