import { loadWaveOrganisations, waveAnswerBatches } from '../db/repos/monitorData.ts';
import { countOrganisationsByKind, loadSegmentChoices } from '../db/repos/segmentData.ts';
import { segmentConditions, type SegmentChoices } from '../domain/monitor/dimensions/index.ts';
import { explanations } from '../domain/monitor/explanations.ts';
import { explanationsByQuestion } from '../domain/monitor/explanationPages.ts';
import type { ExplanationItem } from '../domain/monitor/explanationQuery.ts';
import { ownAnswers, type OwnAnswers } from '../domain/monitor/own.ts';
import { isSegmented } from '../domain/monitor/segments.ts';
import { buildTables } from '../domain/monitor/tables.ts';
import type { SegmentFilter, WaveTables } from '../domain/monitor/types.ts';
import { waveDataIndexer, type WaveData } from '../domain/monitor/waveData.ts';
import type { Services } from '../context.ts';
import { loadWave, type WaveContext } from './surveyWaves.ts';

export type { SegmentFilter, WaveTables } from '../domain/monitor/types.ts';
export type { OwnAnswers } from '../domain/monitor/own.ts';

export { loadWave, type WaveContext } from './surveyWaves.ts';

/** Every answer of the wave (all responses, concept or submitted) indexed once; filters choose later. */
export async function loadWaveData(s: Services, waveId: string, opts: { texts?: boolean } = {}): Promise<WaveData> {
  const orgs = await loadWaveOrganisations(s.db, waveId);
  const indexer = waveDataIndexer(orgs);
  for await (const rows of waveAnswerBatches(s.db, orgs, { texts: opts.texts ?? false })) indexer.add(rows);
  return indexer.data;
}

/**
 * All monitor tables of a wave under a segment filter: per theme (incl. 'beleving') one table per
 * actor kind, informative statistics, behind-schedule summary and shared agreements.
 * The pages, `GET /api/waves/:wave/tables` and the analyst workbook all read this.
 */
export async function buildWaveTables(s: Services, waveId: string, filter: SegmentFilter): Promise<WaveTables> {
  return (await buildWaveTablesFor(s, waveId, filter, null)).tables;
}

/** What a theme page shows beside the tables: the explanations of its rows, names only for staff. */
export interface RowExplanationsQuery {
  theme: string;
  withNames: boolean;
}

/**
 * The tables, and for a participant that submitted its own answers to mark in them (null for
 * staff, or `organisationCode` null); with `rows`, the explanations of that theme's rows under the
 * same filter. One load of the wave serves all.
 */
export async function buildWaveTablesFor(
  s: Services,
  waveId: string,
  filter: SegmentFilter,
  organisationCode: string | null,
  rows: RowExplanationsQuery | null = null,
): Promise<{ tables: WaveTables; own: OwnAnswers | null; explanations: Record<string, ExplanationItem[]> }> {
  const ctx = await loadWave(s, waveId);
  const data = await loadWaveData(s, waveId, { texts: rows !== null });
  const own = organisationCode ? ownAnswers(ctx.survey, data, organisationCode) : null;
  const tables = await tablesOf(s, ctx, data, filter);
  // As the explanations page lists them for the question and the filter (submitted responses only).
  const byRow = rows ? explanationsByQuestion(explanations(ctx.survey, data, { theme: rows.theme, segment: filter }, rows.withNames)) : {};
  return { tables, own, explanations: byRow };
}

/** A wave's tables from its loaded answers under the filter (also each wave of a trend). */
export async function tablesOf(s: Services, { wave, survey }: WaveContext, data: WaveData, filter: SegmentFilter): Promise<WaveTables> {
  // A segment: how many organisations it holds at all, so an empty combination is told apart.
  const population = isSegmented(filter) ? await countOrganisationsByKind(s.db, wave.id, segmentConditions(survey, filter)) : null;
  return buildTables(survey, data, filter, { waveId: wave.id, title: wave.title, referenceDate: wave.reference_date, population });
}

export const segmentChoices = (s: Services): Promise<SegmentChoices> => loadSegmentChoices(s.db);
