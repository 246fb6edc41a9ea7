import type { Dimension } from './types.ts';

/** Youth-care region: the regio itself (its region code is its own code) and its gemeenten. */
export const region: Dimension<'region'> = {
  id: 'region',
  key: 'regio',
  label: 'Jeugdhulpregio',
  empty: "Alle jeugdhulpregio's",
  actorKinds: ['gemeente', 'regio'],
  normalise: (raw) => raw.toUpperCase(),
  options: (choices) => choices.regions.map((r) => ({ code: r.code, name: r.name, caption: `jeugdhulpregio ${r.name}` })),
  invalid: (value) => `Jeugdhulpregio ‘${value}’ bestaat niet. Kies een regio uit de lijst.`,
  unknownCaption: (value) => `jeugdhulpregio ${value}`,
  conditions: (value) => [{ field: 'regionCode', op: '=', value }],
};
