import { eventsOf, lastAnswerChange } from '../db/repos/responseStatus.ts';
import type { Services } from '../context.ts';
import type { ResponseView } from './responseView.ts';

export type StateEvent = Awaited<ReturnType<typeof eventsOf>>[number];

/** Who last submitted or reopened the response, and when (the questionnaire's start page); null before any. */
export async function lastStateEvent(s: Services, v: ResponseView): Promise<StateEvent | null> {
  return v.response ? ((await eventsOf(s.db, v.response.id))[0] ?? null) : null;
}

export interface LastChange {
  at: string;
  /** The person's address, or null for a change without a person (a system import). */
  by: string | null;
}

/** Who last changed an answer, and when (the start page's 'Laatst gewijzigd door … op …'); null before any. */
export async function lastChange(s: Services, v: ResponseView): Promise<LastChange | null> {
  const row = v.response ? await lastAnswerChange(s.db, v.response.id) : undefined;
  return row ? { at: row.changed_at, by: row.email ?? null } : null;
}
