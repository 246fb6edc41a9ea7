/**
 * Table 1.3 and its per-province and per-region tables counted one organisation at a time, so an
 * export of a large wave need not hold every organisation at once (issue 18): the same figures as
 * `responseTable` and `groupBy` over the whole list.
 */
import { countsOf, type ActorInfo, type GroupRow, type OrganisationStatus, type ResponseRateRow, type TotalRow } from './responseRates.ts';

export type CountedOrganisation = Pick<
  OrganisationStatus, 'name' | 'actorKind' | 'provinceCode' | 'provinceName' | 'regionCode' | 'regionName' | 'state'
>;

export interface ResponseFigureTables {
  rows: ResponseRateRow[];
  total: TotalRow;
  byProvince: GroupRow[];
  byRegion: GroupRow[];
}

interface Tally { organisations: number; submitted: number; inProgress: number }
/** A group's label and the (kind, name) of the organisation it came from. */
interface Group extends Tally { label: string; first: [string, string] }

const empty = (): Tally => ({ organisations: 0, submitted: 0, inProgress: 0 });

function count(t: Tally, o: CountedOrganisation): void {
  t.organisations++;
  if (o.state === 'ingediend') t.submitted++;
  else if (o.state === 'bezig' || o.state === 'ter-vaststelling') t.inProgress++;
}

const before = (a: [string, string], b: [string, string]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

function countIn(groups: Map<string, Group>, code: string | null, name: string | null, o: CountedOrganisation): void {
  if (!code) return;
  const key: [string, string] = [o.actorKind, o.name];
  let g = groups.get(code);
  if (!g) groups.set(code, (g = { ...empty(), label: name ?? code, first: key }));
  // groupBy takes the label of the first member in the list's order (kind, then name), whatever order these come in.
  else if (before(key, g.first)) Object.assign(g, { label: name ?? code, first: key });
  count(g, o);
}

const groupRows = (groups: Map<string, Group>): GroupRow[] => [...groups.entries()]
  .map(([code, g]) => ({ code, label: g.label, ...countsOf(g.organisations, g.submitted, g.inProgress) }))
  .sort((a, b) => a.label.localeCompare(b.label, 'nl'));

/** Counts organisations of the given actor kinds as they come; `result()` gives the tables. */
export function responseFigureTallier(actors: readonly ActorInfo[]) {
  const byKind = new Map(actors.map((a) => [a.id, empty()]));
  const total = empty();
  const province = new Map<string, Group>();
  const region = new Map<string, Group>();
  return {
    add(o: CountedOrganisation): void {
      const kind = byKind.get(o.actorKind);
      if (!kind) return; // as the overview, which leaves other kinds out before counting
      count(kind, o);
      count(total, o);
      countIn(province, o.provinceCode, o.provinceName, o);
      countIn(region, o.regionCode, o.regionName, o);
    },
    result(): ResponseFigureTables {
      const counts = (t: Tally) => countsOf(t.organisations, t.submitted, t.inProgress);
      return {
        rows: actors.map((a) => ({ actorKind: a.id, label: a.label, ...counts(byKind.get(a.id)!), questionCount: a.questionCount })),
        total: { actorKind: 'totaal', label: 'Totaal', ...counts(total), questionCount: null },
        byProvince: groupRows(province),
        byRegion: groupRows(region),
      };
    },
  };
}
