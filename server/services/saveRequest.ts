import type { ResponseRow } from '../db/schema.ts';
import type { AnswerValue } from '../questions/index.ts';
import type { Answers } from '../survey/model.ts';
import type { ResponseTarget } from './responseView.ts';

/** What saveAnswers (saveAnswers.ts) is asked to do and what it answers. */
export interface Conflict {
  field: string;
  mine: AnswerValue | null;
  theirs: AnswerValue | null;
}

export type SaveResult =
  | {
      kind: 'saved'; version: number; changed: string[]; answers: Answers;
      /** The response as it is after the save (read and written in the same transaction). */
      response: ResponseRow;
      /** Answers still as copied from last year, after this save (a changed copy counts as confirmed). */
      carried: string[];
      /** Only with `partial`: fields refused on their own while the rest was saved. */
      errors?: Record<string, string>;
      conflicts?: Conflict[];
      /** Follow-ups whose answers were dropped because their condition does not hold. */
      ignored?: string[];
    }
  | { kind: 'invalid'; errors: Record<string, string>; version: number; answers: Answers }
  | { kind: 'conflict'; conflicts: Conflict[]; version: number; answers: Answers }
  | { kind: 'locked'; message: string; version: number; answers: Answers };

export interface SaveRequest {
  waveId: string;
  orgCode: string;
  /** The wave, survey and organisation of waveId and orgCode when the caller has them (a loaded page): not read again. */
  target?: ResponseTarget;
  userId: number | null;
  /** The version the client's values are based on; null = overwrite without merge (imports). */
  baseVersion: number | null;
  /** Per field, the value the client's page showed (overrides baseVersion): a value equal to its base is never written back. */
  bases?: Record<string, AnswerValue | null>;
  input: Record<string, unknown>;
  mode: 'form' | 'json' | 'cell';
  theme?: string;
  channel: string;
  /** Staff bulk imports (answers collected elsewhere, a previous year's monitor) may write outside the fieldwork. */
  outsideFieldwork?: boolean;
  /** Save the valid, non-conflicting fields even when others are refused (respondents' pages and API). */
  partial?: boolean;
  /** Fields whose conflict the user has not decided yet: never written, reported as conflicts again. */
  hold?: string[];
  /** Drop answers to follow-ups that do not apply instead of refusing them (plain form posts). */
  ignoreNotApplicable?: boolean;
}
