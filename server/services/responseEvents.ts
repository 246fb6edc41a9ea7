import { eventsOf } from '../db/repos/responseStatus.ts';
import type { Services } from '../context.ts';
import type { ResponseView } from './responseView.ts';

export type StateEvent = Awaited<ReturnType<typeof eventsOf>>[number];

/** Who last submitted or reopened the response, and when (the questionnaire's start page); null before any. */
export async function lastStateEvent(s: Services, v: ResponseView): Promise<StateEvent | null> {
  return v.response ? ((await eventsOf(s.db, v.response.id))[0] ?? null) : null;
}
