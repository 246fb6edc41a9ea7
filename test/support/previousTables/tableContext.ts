import { isTableRole } from '../../../server/survey/questionKinds.ts';
import type { Question, Survey } from '../../../server/survey/schema.ts';
import type { SegmentFilter } from '../../../server/domain/monitor/types.ts';
import type { WaveData } from '../../../server/domain/monitor/waveData.ts';

/** What building one wave's tables carries along: the inputs and the respondents seen so far. */
export interface TablesContext {
  survey: Survey;
  data: WaveData;
  filter: SegmentFilter;
  segmented: boolean;
  referenceDate: string;
  population: ReadonlyMap<string, number> | null;
  /** Per actor kind: organisations with at least one counted answer. */
  respondents: Map<string, Set<string>>;
}

export const isTableRow = (q: Question) => isTableRole(q.role);
export const isInformative = (q: Question) => !isTableRole(q.role);

/** Counts an organisation as a respondent of its actor kind. */
export function seen(ctx: TablesContext, actor: string): Set<string> {
  let set = ctx.respondents.get(actor);
  if (!set) ctx.respondents.set(actor, (set = new Set()));
  return set;
}
