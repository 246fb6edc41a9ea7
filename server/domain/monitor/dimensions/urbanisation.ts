import { municipalitiesByUrbanisation } from '../../../reference/urbanisation.ts';
import { areaMemberKinds } from '../../../survey/actors.ts';
import type { Dimension } from './types.ts';

/** CBS 'mate van stedelijkheid': omgevingsadressendichtheid (addresses per km² around an address). */
const options = [
  { code: '1', name: 'Zeer sterk stedelijk (2.500 of meer adressen per km²)', caption: 'zeer sterk stedelijke gemeenten' },
  { code: '2', name: 'Sterk stedelijk (1.500 tot 2.500 adressen per km²)', caption: 'sterk stedelijke gemeenten' },
  { code: '3', name: 'Matig stedelijk (1.000 tot 1.500 adressen per km²)', caption: 'matig stedelijke gemeenten' },
  { code: '4', name: 'Weinig stedelijk (500 tot 1.000 adressen per km²)', caption: 'weinig stedelijke gemeenten' },
  { code: '5', name: 'Niet stedelijk (minder dan 500 adressen per km²)', caption: 'niet-stedelijke gemeenten' },
];

/**
 * Degree of urbanisation of a municipality (CBS 2024). CBS classifies gemeenten, not regions, so it
 * applies to the area kind that is part of a region and regions are in no class. The organisations
 * have no column for it: the reference table gives the GM codes of each class, and the filter is
 * "code in that list".
 */
export const urbanisation: Dimension<'urbanisation'> = {
  id: 'urbanisation',
  key: 'stedelijkheid',
  label: 'Stedelijkheid',
  empty: 'Alle gemeenten',
  actorKinds: areaMemberKinds,
  normalise: (raw) => raw,
  options: () => options,
  invalid: (value) =>
    `Stedelijkheid ‘${value}’ bestaat niet. Kies een klasse van 1 (zeer sterk stedelijk) tot en met 5 (niet stedelijk).`,
  unknownCaption: (value) => `stedelijkheid ${value}`,
  conditions: (value) => [{ field: 'code', op: 'in', value: municipalitiesByUrbanisation().get(value) ?? [] }],
};
