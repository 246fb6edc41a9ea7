import type { SessionUser } from '../auth/roles.ts';
import { findResponse } from '../db/repos/responses.ts';
import { dashboardAccess, type DashboardAccess } from '../domain/monitor/access.ts';
import { benchmark, comparableOrganisations, type BenchmarkTheme } from '../domain/monitor/benchmark.ts';
import { explanations, type ExplanationGroup, type ExplanationQuery } from '../domain/monitor/explanations.ts';
import { regionAgainstMunicipalities, type ParallelRow } from '../domain/monitor/parallel.ts';
import type { OrgInfo } from '../domain/monitor/segments.ts';
import type { Services } from './context.ts';
import { loadWave, loadWaveData, type WaveContext } from './monitorTables.ts';

/** Whether this user may read the wave's dashboards now (see domain/monitor/access.ts). */
export async function accessFor(s: Services, user: SessionUser, waveId: string): Promise<DashboardAccess> {
  const own = user.role === 'respondent' && user.organisationCode ? await findResponse(s.db, waveId, user.organisationCode) : undefined;
  return dashboardAccess(user, own?.state === 'ingediend');
}

export interface BenchmarkResult extends WaveContext {
  org: OrgInfo;
  compareWith: OrgInfo | null;
  choices: OrgInfo[];
  themes: BenchmarkTheme[];
}

/** Null when the organisation has no response in this wave (or is not a gemeente or regio). */
export async function benchmarkFor(s: Services, waveId: string, orgCode: string, compareCode: string | null): Promise<BenchmarkResult | null> {
  const ctx = await loadWave(s, waveId);
  const data = await loadWaveData(s, waveId);
  const org = data.orgs.get(orgCode);
  if (!org || (org.actorKind !== 'gemeente' && org.actorKind !== 'regio')) return null;
  const choices = comparableOrganisations(data, org);
  const compareWith = compareCode ? choices.find((o) => o.code === compareCode) ?? null : null;
  return { ...ctx, org, compareWith, choices, themes: benchmark(ctx.survey, data, org, compareWith) };
}

export interface ParallelResult extends WaveContext {
  region: OrgInfo | null;
  rows: ParallelRow[];
}

export async function parallelFor(s: Services, waveId: string, regionCode: string): Promise<ParallelResult> {
  const ctx = await loadWave(s, waveId);
  const data = await loadWaveData(s, waveId);
  const region = data.orgs.get(regionCode);
  return { ...ctx, region: region?.submitted ? region : null, rows: regionAgainstMunicipalities(ctx.survey, data, regionCode) };
}

export async function explanationsFor(s: Services, waveId: string, query: ExplanationQuery, withNames: boolean): Promise<WaveContext & { groups: ExplanationGroup[] }> {
  const ctx = await loadWave(s, waveId);
  const data = await loadWaveData(s, waveId, { texts: true });
  return { ...ctx, groups: explanations(ctx.survey, data, query, withNames) };
}
