import type { Generated, Selectable } from 'kysely';

export interface ResponseTable {
  id: Generated<number>;
  wave_id: string;
  organisation_code: string;
  state: string; // concept | ingediend
  version: Generated<number>;
  submitted_at: string | null;
  submitted_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface ResponseEventTable {
  id: Generated<number>;
  response_id: number;
  event: string; // ingediend | heropend
  user_id: number | null;
  at: string;
}

export type ResponseRow = Selectable<ResponseTable>;
