import { areaMemberKinds } from '../../../survey/actors.ts';
import type { Dimension } from './types.ts';

/**
 * The report splits municipalities at 100,000 inhabitants (CBS, 1 January 2024): 'gemeenten met meer
 * dan 100.000 inwoners' (Monitor Hervormingsagenda Jeugd 2024, §3.2, r. 239 of the text). So a
 * gemeente of exactly 100,000 is not large. The codes (lt100k, ge100k) stay as they were, for links.
 */
export const LARGE_MUNICIPALITY = 100_000;

const options = [
  { code: 'lt100k', name: '100.000 inwoners of minder', caption: '100.000 inwoners of minder' },
  { code: 'ge100k', name: 'Meer dan 100.000 inwoners', caption: 'meer dan 100.000 inwoners' },
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
  invalid: () => 'Kies 100.000 inwoners of minder, meer dan 100.000, of alle gemeenten.',
  unknownCaption: (value) => value,
  // Inhabitants are whole numbers: 'more than 100,000' is '>= 100,001', and its complement '< 100,001'.
  conditions: (value) => [{ field: 'inhabitants', op: value === 'ge100k' ? '>=' : '<', value: LARGE_MUNICIPALITY + 1 }],
};
