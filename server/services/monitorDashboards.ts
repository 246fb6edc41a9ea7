import type { SessionUser } from '../auth/roles.ts';
import { findOrganisation, listOrganisations } from '../db/repos/organisations.ts';
import { findResponse } from '../db/repos/responses.ts';
import type { Organisation } from '../db/schema.ts';
import { dashboardAccess, type DashboardAccess } from '../domain/monitor/access.ts';
import { explanations } from '../domain/monitor/explanations.ts';
import { explanationsPage } from '../domain/monitor/explanationPages.ts';
import { explanationAnswerChoices, type ExplanationGroup, type ExplanationQuery } from '../domain/monitor/explanationQuery.ts';
import type { Page } from '../domain/paging.ts';
import { regionAgainstMunicipalities, type ParallelRow } from '../domain/monitor/parallel.ts';
import type { OrgInfo } from '../domain/monitor/segments.ts';
import type { SegmentFilter } from '../domain/monitor/types.ts';
import { regionKind } from '../survey/actors.ts';
import type { Survey } from '../survey/schema.ts';
import type { Services } from '../context.ts';
import { loadWave, type WaveContext } from './monitorTables.ts';
import { loadWaveData } from './monitorWaveRead.ts';

export {
  benchmarkCandidates, benchmarkFor, comparableKinds, comparableText, noBenchmarkReason, type BenchmarkResult, type CandidateGroup,
} from './monitorBenchmark.ts';

/** Whether this user may read the wave's dashboards now (see domain/monitor/access.ts). */
export async function accessFor(s: Services, user: SessionUser, waveId: string): Promise<DashboardAccess> {
  const own = user.role === 'respondent' && user.organisationCode
    ? await findResponse(s.db, waveId, user.organisationCode)
    : undefined;
  return dashboardAccess(user, own?.state === 'ingediend');
}

/** The organisations of the survey's region kind (none when the survey has no `partOf`), by name. */
export async function surveyRegions(s: Services, survey: Survey): Promise<Organisation[]> {
  const kind = regionKind(survey);
  return kind === undefined ? [] : listOrganisations(s.db, kind);
}

/** The region of the user's own organisation, if any: the region page opens on it. */
export async function ownRegionCode(s: Services, organisationCode: string | null | undefined): Promise<string> {
  const own = organisationCode ? await findOrganisation(s.db, organisationCode) : undefined;
  return own?.region_code ?? '';
}

export interface ParallelResult extends WaveContext {
  region: OrgInfo | null;
  rows: ParallelRow[];
}

export async function parallelFor(s: Services, waveId: string, regionCode: string, segment: SegmentFilter = {}): Promise<ParallelResult> {
  const ctx = await loadWave(s, waveId);
  const data = await loadWaveData(s, waveId);
  const region = data.orgs.get(regionCode);
  return { ...ctx, region: region?.submitted ? region : null, rows: regionAgainstMunicipalities(ctx.survey, data, regionCode, segment) };
}

/** One page (server-side, 50 explanations) of the filtered explanations, and the answers one can filter on. */
export async function explanationsFor(
  s: Services, waveId: string, query: ExplanationQuery, withNames: boolean, page = 1,
): Promise<WaveContext & { page: Page<ExplanationGroup>; answerChoices: [string, string][] }> {
  const ctx = await loadWave(s, waveId);
  const data = await loadWaveData(s, waveId, { texts: true });
  const answerChoices = explanationAnswerChoices(ctx.survey, { ...query, answer: undefined });
  return { ...ctx, answerChoices, page: explanationsPage(explanations(ctx.survey, data, query, withNames), page) };
}
