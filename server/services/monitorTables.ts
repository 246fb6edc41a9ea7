import { countOrganisationsByKind, loadSegmentChoices } from '../db/repos/segmentData.ts';
import { segmentConditions, type SegmentChoices } from '../domain/monitor/dimensions/index.ts';
import { explanations } from '../domain/monitor/explanations.ts';
import { explanationsByQuestion } from '../domain/monitor/explanationPages.ts';
import type { ExplanationItem } from '../domain/monitor/explanationQuery.ts';
import { ownAnswers, type OwnAnswers } from '../domain/monitor/own.ts';
import { isSegmented } from '../domain/monitor/segments.ts';
import { buildTables } from '../domain/monitor/tables.ts';
import type { TableSource } from '../domain/monitor/tableSource.ts';
import type { SegmentFilter, WaveTables } from '../domain/monitor/types.ts';
import type { Services } from '../context.ts';
import { filterKey, waveCache } from './monitorTablesCache.ts';
import { loadWaveData, tallyWave } from './monitorWaveRead.ts';
import { loadWave, type WaveContext } from './surveyWaves.ts';

export type { SegmentFilter, WaveTables } from '../domain/monitor/types.ts';
export type { OwnAnswers } from '../domain/monitor/own.ts';

export { loadWave, type WaveContext } from './surveyWaves.ts';

/**
 * All monitor tables of a wave under a segment filter: per theme (incl. 'beleving') one table per
 * actor kind, informative statistics, behind-schedule summary and shared agreements.
 * The pages, `GET /api/waves/:wave/tables` and the analyst workbook all read this.
 */
export async function buildWaveTables(s: Services, waveId: string, filter: SegmentFilter): Promise<WaveTables> {
  return (await buildWaveTablesFor(s, waveId, filter, null)).tables;
}

/** The same, always counted afresh (the bench measures the computation, not the cache). */
export async function computeWaveTables(s: Services, waveId: string, filter: SegmentFilter): Promise<WaveTables> {
  const ctx = await loadWave(s, waveId);
  return tablesOf(s, ctx, await tallyWave(s, ctx.survey, waveId, filter), filter);
}

/** What a theme page shows beside the tables: the explanations of its rows, names only for staff. */
export interface RowExplanationsQuery {
  theme: string;
  withNames: boolean;
}

/**
 * The tables, and for a participant that submitted its own answers to mark in them (null for
 * staff, or `organisationCode` null); with `rows`, the explanations of that theme's rows under the
 * same filter. Each reads only what it needs: the tables a tally, the rest one organisation or one theme.
 */
export async function buildWaveTablesFor(
  s: Services,
  waveId: string,
  filter: SegmentFilter,
  organisationCode: string | null,
  rows: RowExplanationsQuery | null = null,
): Promise<{ tables: WaveTables; own: OwnAnswers | null; explanations: Record<string, ExplanationItem[]> }> {
  const ctx = await loadWave(s, waveId);
  const cache = await waveCache(s, ctx.wave);
  const compute = async () => tablesOf(s, ctx, await tallyWave(s, ctx.survey, waveId, filter), filter);
  const tables = cache.get(['tables', filterKey(filter)], compute);
  const own = organisationCode
    ? ownAnswers(ctx.survey, await loadWaveData(s, waveId, { organisations: [organisationCode] }), organisationCode)
    : null;
  // A theme's explanations change only with the wave's data too (the same stamp), so they are kept beside the tables.
  const byRow = rows ? await cache.get(['explanations', filterKey(filter), rows], () => rowExplanations(s, ctx, filter, rows)) : {};
  return { tables: await tables, own, explanations: byRow };
}

/** The explanations of a theme's rows under the filter, as the explanations page lists them (submitted responses only). */
async function rowExplanations(
  s: Services, ctx: WaveContext, filter: SegmentFilter, rows: RowExplanationsQuery,
): Promise<Record<string, ExplanationItem[]>> {
  const questions = ctx.survey.questions.filter((q) => q.theme === rows.theme).map((q) => q.id);
  const data = await loadWaveData(s, ctx.wave.id, { fields: [...questions, ...questions.map((q) => `${q}.toelichting`)] });
  return explanationsByQuestion(explanations(ctx.survey, data, { theme: rows.theme, segment: filter }, rows.withNames));
}

/** A wave's tables from its counted answers under the filter (also each wave of a trend). */
export async function tablesOf(
  s: Services, { wave, survey }: WaveContext, source: TableSource, filter: SegmentFilter,
): Promise<WaveTables> {
  // A segment: how many organisations it holds at all, so an empty combination is told apart.
  const population = isSegmented(filter) ? await countOrganisationsByKind(s.db, wave.id, segmentConditions(survey, filter)) : null;
  return buildTables(survey, source, filter, { waveId: wave.id, title: wave.title, referenceDate: wave.reference_date, population });
}

export const segmentChoices = (s: Services): Promise<SegmentChoices> => loadSegmentChoices(s.db);
