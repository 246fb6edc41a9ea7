import { describe, expect, it } from 'vitest';
import { checkImport } from '../../server/services/orgImport/rows.ts';
import { allActors, allRegionKinds } from '../../server/survey/actors.ts';
import { SURVEY, SURVEY_2018 } from '../support/wave.ts';

// The 'soort' column of an organisation file may name a kind by its id, its labels or a declared
// alias; all of them come from the survey definitions, none from the engine.
const surveys = [SURVEY, SURVEY_2018];
const ctx = { actors: allActors(surveys), regionKinds: allRegionKinds(surveys), provinces: [], regions: [], existing: new Map() };
const rows = (kinds: string[]) => [
  { line: 1, cells: ['code', 'naam', 'soort'] },
  ...kinds.map((k, i) => ({ line: i + 2, cells: [`XX${String(i).padStart(2, '0')}`, `Organisatie ${i}`, k] })),
];

describe('kinds in an organisation file', () => {
  it('reads the ids, labels and aliases of every survey’s kinds', () => {
    const names = ['gemeente', 'Gemeenten', 'regio', "Jeugdhulpregio's", 'jeugdregio', "regio's", 'Rijk', 'VNG', 'bgzj', "Jeugdzorgregio's"];
    const check = checkImport(rows(names), ctx);
    expect(check.rows.flatMap((r) => r.errors)).toEqual([]);
    expect(check.toWrite.map((w) => w.set.actor_kind)).toEqual([
      'gemeente', 'gemeente', 'regio', 'regio', 'regio', 'regio', 'rijk', 'vng', 'bgzj', 'jeugdzorgregio',
    ]);
  });

  it('makes an organisation of a region kind its own region, and only that kind', () => {
    const check = checkImport(rows(['regio', 'jeugdzorgregio', 'gemeente']), ctx);
    expect(check.toWrite.map((w) => w.set.region_code)).toEqual(['XX00', undefined, undefined]);
  });

  it('refuses an unknown kind and lists the kinds there are', () => {
    const check = checkImport(rows(['provincie']), ctx);
    expect(check.rows[0]!.errors).toEqual([
      'Onbekende soort ‘provincie’. Kies uit: rijk, vng, regio, gemeente, bgzj, sbj, kbl, jeugdzorgregio.',
    ]);
  });
});
