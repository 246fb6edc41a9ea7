import { memberKinds, regionKind } from '../../../survey/actors.ts';
import type { Dimension } from './types.ts';

/**
 * Youth-care region: the survey's region kind itself (its region code is its own code) and the
 * kinds that lie in it (gemeenten). A survey without a `partOf` has no region dimension.
 */
export const region: Dimension<'region'> = {
  id: 'region',
  key: 'regio',
  label: 'Jeugdhulpregio',
  empty: "Alle jeugdhulpregio's",
  actorKinds: (survey) => {
    const kind = regionKind(survey);
    return kind === undefined ? [] : [...memberKinds(survey, kind), kind];
  },
  normalise: (raw) => raw.toUpperCase(),
  options: (choices) => choices.regions.map((r) => ({ code: r.code, name: r.name, caption: `jeugdhulpregio ${r.name}` })),
  invalid: (value) => `Jeugdhulpregio ‘${value}’ bestaat niet. Kies een regio uit de lijst.`,
  unknownCaption: (value) => `jeugdhulpregio ${value}`,
  conditions: (value) => [{ field: 'regionCode', op: '=', value }],
};
