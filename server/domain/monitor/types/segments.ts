import type { DimensionValues } from '../dimensions/index.ts';

/**
 * Which organisations count. Empty = all submitted responses, nationally. One optional value per
 * monitor dimension (`inhabitants`, `province`, `region`, `urbanisation`: see `dimensions/`).
 */
export type SegmentFilter = DimensionValues & {
  /** Count concept (not yet submitted) responses too; staff only. */
  includeUnsubmitted?: boolean;
};

/** Smallest group whose percentages a segment may show. */
export const MIN_GROUP_SIZE = 5;
