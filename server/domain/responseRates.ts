/**
 * Response figures of a wave (table 1.3 of the 2024 report): plain data in, plain data out.
 * An organisation has not started until a first answer is saved, is in progress while its
 * response is a concept, and counts as submitted only while its response is submitted.
 */

// The per-day chart figures live in dailySubmissions.ts; re-exported so callers keep one path.
export { cumulativeSubmissions, type DailySubmissions } from './dailySubmissions.ts';

// The response states live in responseStates.ts; re-exported because many callers import them from here.
export { responseStateLabels, responseStateOf, responseStates, type ResponseState } from './responseStates.ts';
import type { ResponseState } from './responseStates.ts';

export interface OrganisationStatus {
  code: string;
  name: string;
  actorKind: string;
  provinceCode: string | null;
  provinceName: string | null;
  regionCode: string | null;
  regionName: string | null;
  state: ResponseState;
  submittedAt: string | null;
  lastActivity: string | null;
}

export interface ActorInfo {
  id: string;
  /** The party's name as table 1.3 prints it. */
  label: string;
  /** Questions the definition asks this kind ('Aantal vragen'). */
  questionCount: number;
}

export interface Counts {
  organisations: number;
  submitted: number;
  inProgress: number;
  notStarted: number;
  /** Submitted as a percentage of organisations, one decimal; null when there are none (shown as '–'). */
  responsePercentage: number | null;
}

export interface ResponseRateRow extends Counts {
  actorKind: string;
  label: string;
  questionCount: number;
}

export interface TotalRow extends Counts {
  actorKind: 'totaal';
  label: string;
  questionCount: null;
}

export interface GroupRow extends Counts {
  code: string;
  label: string;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function countStates(orgs: readonly Pick<OrganisationStatus, 'state'>[]): Counts {
  let submitted = 0;
  let inProgress = 0;
  for (const o of orgs) {
    if (o.state === 'ingediend') submitted++;
    else if (o.state === 'bezig' || o.state === 'ter-vaststelling') inProgress++;
  }
  return countsOf(orgs.length, submitted, inProgress);
}

/** The figures of a group from its three counts (also for those counted one at a time, responseFigures.ts). */
export function countsOf(organisations: number, submitted: number, inProgress: number): Counts {
  return {
    organisations,
    submitted,
    inProgress,
    notStarted: organisations - submitted - inProgress,
    responsePercentage: organisations === 0 ? null : round1((submitted / organisations) * 100),
  };
}

/** One row per actor kind of the survey, in the survey's order, and a total row. */
export function responseTable(
  actors: readonly ActorInfo[], orgs: readonly OrganisationStatus[],
): { rows: ResponseRateRow[]; total: TotalRow } {
  const rows = actors.map((a) => ({
    actorKind: a.id,
    label: a.label,
    ...countStates(orgs.filter((o) => o.actorKind === a.id)),
    questionCount: a.questionCount,
  }));
  const known = new Set(actors.map((a) => a.id));
  return {
    rows,
    total: { actorKind: 'totaal', label: 'Totaal', ...countStates(orgs.filter((o) => known.has(o.actorKind))), questionCount: null },
  };
}

/** Drill-down by province or youth-care region; organisations without one are left out. */
export function groupBy(orgs: readonly OrganisationStatus[], by: 'province' | 'region'): GroupRow[] {
  const groups = new Map<string, { label: string; members: OrganisationStatus[] }>();
  for (const o of orgs) {
    const code = by === 'province' ? o.provinceCode : o.regionCode;
    if (!code) continue;
    const label = (by === 'province' ? o.provinceName : o.regionName) ?? code;
    const g = groups.get(code) ?? { label, members: [] };
    g.members.push(o);
    groups.set(code, g);
  }
  return [...groups.entries()]
    .map(([code, g]) => ({ code, label: g.label, ...countStates(g.members) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}
