/**
 * The monitor's dimensions, in form order. Adding a dimension = one new file with its entry, added
 * here (plus its reference data); see README 'How to add a monitor dimension'.
 */
import { inhabitants } from './inhabitants.ts';
import { province } from './province.ts';
import { region } from './region.ts';
import type { Survey } from '../../../survey/schema.ts';
import type { Dimension, OrgCondition } from './types.ts';
import { urbanisation } from './urbanisation.ts';

export const DIMENSIONS = [inhabitants, province, region, urbanisation] as const;

export type DimensionId = (typeof DIMENSIONS)[number]['id'];

export type { Dimension, DimensionOption, OrgCondition, OrgField, SegmentChoices } from './types.ts';

/** The chosen value of each dimension; absent = not filtered on it. */
export type DimensionValues = Partial<Record<DimensionId, string>>;

/** The dimensions that sort some actor kind of this survey (a survey without areas has none). */
export const dimensionsFor = (survey: Survey): (typeof DIMENSIONS)[number][] =>
  DIMENSIONS.filter((d) => d.actorKinds(survey).length > 0);

/** What one chosen value means: the dimension's actor kinds and its own conditions, all to hold. */
export const conditionsFor = (survey: Survey, d: Dimension, value: string): OrgCondition[] => [
  { field: 'actorKind', op: 'in', value: d.actorKinds(survey) },
  ...d.conditions(value),
];

/** The conditions of every chosen dimension: the SQL filter of exports and response figures. */
export function segmentConditions(survey: Survey, f: DimensionValues): OrgCondition[] {
  return DIMENSIONS.flatMap((d) => (f[d.id] ? conditionsFor(survey, d, f[d.id]!) : []));
}

/** Only the dimension values of a larger filter object (actor kind, concepten and '' dropped). */
export function dimensionValues(f: DimensionValues): DimensionValues {
  const out: DimensionValues = {};
  for (const d of DIMENSIONS) if (f[d.id]) out[d.id] = f[d.id];
  return out;
}
