import { areaKindsMembersFirst } from '../../../survey/actors.ts';
import type { Dimension } from './types.ts';

/**
 * Province: every area kind (its gemeenten, and the regio's whose inhabitants mostly live there,
 * see reference/load.ts).
 */
export const province: Dimension<'province'> = {
  id: 'province',
  key: 'provincie',
  label: 'Provincie',
  empty: 'Alle provincies',
  actorKinds: areaKindsMembersFirst,
  normalise: (raw) => raw.toUpperCase(),
  options: (choices) => choices.provinces.map((p) => ({ code: p.code, name: p.name, caption: `provincie ${p.name}` })),
  invalid: (value) => `Provincie ‘${value}’ bestaat niet. Kies een provincie uit de lijst.`,
  unknownCaption: (value) => `provincie ${value}`,
  conditions: (value) => [{ field: 'provinceCode', op: '=', value }],
};
