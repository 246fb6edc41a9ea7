import { areaMemberKinds } from '../../../survey/actors.ts';
import type { Dimension } from './types.ts';

/** The report splits municipalities at 100,000 inhabitants (CBS, 1 January 2024). */
export const LARGE_MUNICIPALITY = 100_000;

const options = [
  { code: 'lt100k', name: 'Minder dan 100.000 inwoners', caption: 'minder dan 100.000 inwoners' },
  { code: 'ge100k', name: '100.000 inwoners of meer', caption: '100.000 inwoners of meer' },
];

/**
 * Municipality size. Applies to the area kind that is part of a region (gemeenten): a region's own
 * population is not a municipality size, so the report (and this filter) leaves regions out of both classes.
 */
export const inhabitants: Dimension<'inhabitants'> = {
  id: 'inhabitants',
  key: 'inwoners',
  label: 'Inwoners',
  empty: 'Alle gemeenten',
  actorKinds: areaMemberKinds,
  normalise: (raw) => raw,
  options: () => options,
  invalid: () => 'Kies minder dan 100.000 inwoners, 100.000 of meer, of alle gemeenten.',
  unknownCaption: (value) => value,
  conditions: (value) => [{ field: 'inhabitants', op: value === 'ge100k' ? '>=' : '<', value: LARGE_MUNICIPALITY }],
};
