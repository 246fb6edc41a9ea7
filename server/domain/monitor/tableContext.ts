import { isTableRole } from '../../survey/questionKinds.ts';
import type { Question, Survey } from '../../survey/schema.ts';
import type { SegmentFilter } from './types.ts';
import type { TableSource } from './tableSource.ts';

/** What building one wave's tables carries along. */
export interface TablesContext {
  survey: Survey;
  /** The counted answers (tally.ts), never the answers one by one. */
  source: TableSource;
  filter: SegmentFilter;
  segmented: boolean;
  referenceDate: string;
  population: ReadonlyMap<string, number> | null;
}

export const isTableRow = (q: Question) => isTableRole(q.role);
export const isInformative = (q: Question) => !isTableRole(q.role);
