import { findOrganisation, listOrganisations } from '../db/repos/organisations.ts';
import type { Organisation } from '../db/schema.ts';
import { benchmark, comparableOrganisations, type BenchmarkTheme } from '../domain/monitor/benchmark.ts';
import type { OrgInfo } from '../domain/monitor/segments.ts';
import type { SegmentFilter } from '../domain/monitor/types.ts';
import { actorOf, kindsText, membersFirst, pluralKinds, regionKind } from '../survey/actors.ts';
import type { Survey } from '../survey/schema.ts';
import type { Services } from '../context.ts';
import { loadWave, type WaveContext } from './monitorTables.ts';
import { loadWaveData } from './monitorWaveRead.ts';

// The benchmark dashboard: one organisation beside the others of its kind.

export interface BenchmarkResult extends WaveContext {
  org: OrgInfo;
  compareWith: OrgInfo | null;
  choices: OrgInfo[];
  themes: BenchmarkTheme[];
  /** The organisation is of the region kind (a regio): its region column holds its own members. */
  isRegion: boolean;
}

/**
 * Kinds with a benchmark: those with many organisations (gemeenten, regio's), so there is a
 * distribution to stand beside; members first.
 */
export const comparableKinds = (survey: Survey): string[] => membersFirst(survey, pluralKinds(survey));

/** 'een gemeente of jeugdhulpregio': who can be benchmarked, for the page's running text. */
export const comparableText = (survey: Survey): string =>
  `een ${comparableKinds(survey).map((k) => (actorOf(survey, k)?.label ?? k).toLowerCase()).join(' of ')}`;

/** Null when the organisation has no response in this wave (or is of a kind without a benchmark, see comparableKinds). */
export async function benchmarkFor(
  s: Services, waveId: string, orgCode: string, compareCode: string | null, segment: SegmentFilter = {},
): Promise<BenchmarkResult | null> {
  const ctx = await loadWave(s, waveId);
  const data = await loadWaveData(s, waveId);
  const org = data.orgs.get(orgCode);
  if (!org || !comparableKinds(ctx.survey).includes(org.actorKind)) return null;
  const choices = comparableOrganisations(data, org);
  const compareWith = compareCode ? choices.find((o) => o.code === compareCode) ?? null : null;
  const isRegion = regionKind(ctx.survey) === org.actorKind;
  return { ...ctx, org, compareWith, choices, isRegion, themes: benchmark(ctx.survey, data, org, compareWith, segment) };
}

/** One optgroup of the staff's organisation choice: a comparable kind and its organisations. */
export interface CandidateGroup {
  kind: string;
  label: string;
  organisations: Organisation[];
}

/** What staff may pick to compare: the organisations of every comparable kind, gemeenten before regio's. */
export async function benchmarkCandidates(s: Services, survey: Survey): Promise<CandidateGroup[]> {
  return Promise.all(comparableKinds(survey).map(async (kind) => ({
    kind, label: actorOf(survey, kind)?.labelPlural ?? kind, organisations: await listOrganisations(s.db, kind),
  })));
}

/** Why an organisation with no benchmark has none (Dutch, for the error summary). */
export async function noBenchmarkReason(s: Services, survey: Survey, code: string): Promise<string> {
  const own = await findOrganisation(s.db, code);
  if (!own) return `Organisatie ‘${code}’ bestaat niet.`;
  const kinds = comparableKinds(survey);
  if (kinds.includes(own.actor_kind)) return `${own.name} heeft in deze ronde nog geen antwoorden.`;
  return kinds.length ? `Vergelijken kan voor ${kindsText(survey, kinds)}.` : 'Vergelijken kan niet bij deze vragenlijst.';
}
