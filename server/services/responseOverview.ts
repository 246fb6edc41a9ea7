import type { StatusFilter } from '../db/repos/responseStatus.ts';
import { dimensionValues, segmentConditions, type DimensionValues } from '../domain/monitor/dimensions/index.ts';
import {
  cumulativeSubmissions, groupBy, responseTable,
  type ActorInfo, type DailySubmissions, type GroupRow, type OrganisationStatus, type ResponseRateRow, type TotalRow,
} from '../domain/responseRates.ts';
import type { Survey } from '../survey/schema.ts';
import { isoNow, type Services } from '../context.ts';
import { loadWave, type WaveContext } from './surveyWaves.ts';
import { organisationStatuses } from './organisationStatuses.ts';

export { organisationStatuses, type OrganisationStatusDetail } from './organisationStatuses.ts';

/** An actor kind and any monitor dimensions (province, region, inhabitants class, …). */
export type ResponseOverviewFilter = DimensionValues & { actorKind?: string };

export interface ResponseOverview {
  wave: { id: string; title: string; state: string; opensOn: string; closesOn: string; referenceDate: string };
  filter: ResponseOverviewFilter;
  /** Table 1.3: one row per actor kind (only the chosen one when filtered). */
  rows: ResponseRateRow[];
  total: TotalRow;
  byProvince: GroupRow[];
  byRegion: GroupRow[];
  /** Every organisation in the selection with its state, and those that have not submitted. */
  organisations: OrganisationStatus[];
  notSubmitted: OrganisationStatus[];
  daily: DailySubmissions[];
  generatedAt: string;
}

export function reportActors(survey: Survey): ActorInfo[] {
  return survey.actors.map((a) => ({
    id: a.id,
    // How the response table (table 1.3 in 2024) names the party: the definition's reportLabel.
    label: a.reportLabel ?? a.labelPlural,
    // 'Aantal vragen': what the platform asks this kind (every question of the definition for it,
    // follow-ups and beleving included), not the figure a report printed.
    questionCount: survey.questions.filter((q) => q.actorKinds.includes(a.id)).length,
  }));
}

/** Who an overview counts: the filter without empty choices, the rows' filter and the parties of table 1.3. */
export function overviewScope(survey: Survey, filter: ResponseOverviewFilter) {
  // Empty strings (an unchosen select) drop out; the dimensions say which organisations match.
  const clean: ResponseOverviewFilter = {
    ...(filter.actorKind ? { actorKind: filter.actorKind } : {}), ...dimensionValues(filter),
  };
  const conditions = segmentConditions(survey, clean);
  const statusFilter: StatusFilter = {
    ...(clean.actorKind ? { actorKind: clean.actorKind } : {}),
    ...(conditions.length ? { conditions } : {}),
  };
  const actors = reportActors(survey).filter((a) => !clean.actorKind || a.id === clean.actorKind);
  return { clean, statusFilter, actors };
}

export const overviewWave = (wave: WaveContext['wave']): ResponseOverview['wave'] => ({
  id: wave.id, title: wave.title, state: wave.state,
  opensOn: wave.opens_on, closesOn: wave.closes_on, referenceDate: wave.reference_date,
});

/** The response overview of a wave, optionally narrowed to an actor kind and monitor dimensions. */
export async function buildResponseOverview(
  s: Services, waveId: string, filter: ResponseOverviewFilter = {},
): Promise<ResponseOverview> {
  const { wave, survey } = await loadWave(s, waveId);
  const { clean, statusFilter, actors } = overviewScope(survey, filter);
  const kinds = new Set(actors.map((a) => a.id));
  const organisations = (await organisationStatuses(s, waveId, statusFilter)).filter((o) => kinds.has(o.actorKind));
  const { rows, total } = responseTable(actors, organisations);
  return {
    wave: overviewWave(wave),
    filter: clean,
    rows,
    total,
    byProvince: groupBy(organisations, 'province'),
    byRegion: groupBy(organisations, 'region'),
    organisations,
    notSubmitted: organisations.filter((o) => o.state !== 'ingediend'),
    daily: cumulativeSubmissions(organisations, wave.opens_on, wave.closes_on, s.now()),
    generatedAt: isoNow(s),
  };
}
