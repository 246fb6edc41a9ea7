import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export interface WaveTable {
  id: string;
  survey_id: string;
  title: string;
  state: string; // concept | open | gesloten
  opens_on: string; // YYYY-MM-DD, Europe/Amsterdam
  closes_on: string;
  reference_date: string;
  created_at: string;
  /** 1: respondents may compare themselves with another organisation by name; 0: switched off (default 1). */
  named_comparison: Generated<number>;
  /** 1: a respondent offers the response for sign-off and a vaststeller approves it (issue 16, point 7); default 0. */
  sign_off_required: Generated<number>;
  /** 1: the vaststeller who approves may not be the person who offered it ('vier ogen'); default 0. */
  sign_off_four_eyes: Generated<number>;
  /** The wave before this one (last year's), whose answers this one follows; null for none (issue 17). */
  previous_wave_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A later closing date for one organisation in one wave (append-only; the newest grant counts). */
export interface DeadlineExtensionTable {
  id: Generated<number>;
  wave_id: string;
  organisation_code: string;
  closes_on: string; // YYYY-MM-DD, Europe/Amsterdam: the last day this organisation may answer
  reason: string;
  granted_by: number | null;
  granted_at: string;
}

export type Wave = Selectable<WaveTable>;
export type NewWave = Insertable<WaveTable>;
export type DeadlineExtension = Selectable<DeadlineExtensionTable>;
