// The tally (tally.ts) of answers already indexed in memory: for the trend, which holds both
// waves' index anyway to pair answers per organisation, and for tests that build a wave by hand.
import type { Survey } from '../../survey/schema.ts';
import { counts, type OrgInfo } from './segments.ts';
import { waveTallier } from './tally.ts';
import type { TableSource } from './tableSource.ts';
import type { SegmentFilter } from './types.ts';
import type { WaveData } from './waveData.ts';

export function tallyOfIndex(survey: Survey, data: WaveData, filter: SegmentFilter): TableSource {
  const tallier = waveTallier(survey, countingOrganisations(survey, [...data.orgs.values()], filter));
  // The tally reads a response's answers together.
  const byOrg = new Map<string, string[]>();
  for (const [field, perOrg] of data.answers) {
    for (const [org, value] of perOrg) {
      let pairs = byOrg.get(org);
      if (!pairs) byOrg.set(org, (pairs = []));
      pairs.push(field, JSON.stringify(value));
    }
  }
  for (const [org, pairs] of byOrg) tallier.addResponse(org, pairs);
  return tallier.source;
}

/** The organisations whose answers count under the filter, with their kind. */
export function countingOrganisations(survey: Survey, orgs: Iterable<OrgInfo>, filter: SegmentFilter): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of orgs) if (counts(survey, o, filter)) out.set(o.code, o.actorKind);
  return out;
}
