import { loadWaveOrganisations, waveAnswerBatches } from '../db/repos/monitorData.ts';
import { forEachTallyBatch } from '../db/repos/tallyRows.ts';
import { countOrganisationsByKind, loadSegmentChoices } from '../db/repos/segmentData.ts';
import { segmentConditions, type SegmentChoices } from '../domain/monitor/dimensions/index.ts';
import { explanations } from '../domain/monitor/explanations.ts';
import { explanationsByQuestion } from '../domain/monitor/explanationPages.ts';
import type { ExplanationItem } from '../domain/monitor/explanationQuery.ts';
import { ownAnswers, type OwnAnswers } from '../domain/monitor/own.ts';
import { isSegmented } from '../domain/monitor/segments.ts';
import { buildTables } from '../domain/monitor/tables.ts';
import type { TableSource } from '../domain/monitor/tableSource.ts';
import { waveTallier } from '../domain/monitor/tally.ts';
import { countingOrganisations } from '../domain/monitor/tallyOfIndex.ts';
import type { SegmentFilter, WaveTables } from '../domain/monitor/types.ts';
import { waveDataIndexer, type WaveData } from '../domain/monitor/waveData.ts';
import type { Survey } from '../survey/schema.ts';
import type { Services } from '../context.ts';
import { loadWave, type WaveContext } from './surveyWaves.ts';

export type { SegmentFilter, WaveTables } from '../domain/monitor/types.ts';
export type { OwnAnswers } from '../domain/monitor/own.ts';

export { loadWave, type WaveContext } from './surveyWaves.ts';

export interface WaveDataScope {
  texts?: boolean;
  /** Only these fields (a theme's questions and explanations). */
  fields?: readonly string[];
  /** Only these organisations' answers (a participant's own). */
  organisations?: readonly string[];
}

/**
 * The answers of the wave (all responses, concept or submitted) indexed once; filters choose later.
 * For the dashboards and the trend, which pair answers per organisation; the tables use tallyWave.
 */
export async function loadWaveData(s: Services, waveId: string, scope: WaveDataScope = {}): Promise<WaveData> {
  const orgs = await loadWaveOrganisations(s.db, waveId);
  const indexer = waveDataIndexer(orgs);
  const only = scope.organisations ? new Set(scope.organisations) : null;
  const responses = only ? orgs.filter((o) => only.has(o.code)) : orgs;
  const opts = { texts: scope.texts ?? false, fields: scope.fields };
  for await (const rows of waveAnswerBatches(s.db, responses, opts)) indexer.add(rows);
  return indexer.data;
}

/**
 * What the tables need of a wave under a filter, in one streaming pass over the answers that count:
 * only the responses the filter keeps are read, a batch at a time, and only counts are kept.
 */
export async function tallyWave(s: Services, survey: Survey, waveId: string, filter: SegmentFilter): Promise<TableSource> {
  const orgs = await loadWaveOrganisations(s.db, waveId);
  const byCode = countingOrganisations(survey, orgs, filter);
  const counting = new Map(orgs.filter((o) => byCode.has(o.code)).map((o) => [o.responseId, o.actorKind]));
  const tallier = waveTallier(survey, counting);
  await forEachTallyBatch(s.db, waveId, [...counting.keys()], (rows) => tallier.add(rows));
  return tallier.source;
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
  const tables = await tablesOf(s, ctx, await tallyWave(s, ctx.survey, waveId, filter), filter);
  const own = organisationCode
    ? ownAnswers(ctx.survey, await loadWaveData(s, waveId, { organisations: [organisationCode] }), organisationCode)
    : null;
  let byRow: Record<string, ExplanationItem[]> = {};
  if (rows) {
    const questions = ctx.survey.questions.filter((q) => q.theme === rows.theme).map((q) => q.id);
    const data = await loadWaveData(s, waveId, { fields: [...questions, ...questions.map((q) => `${q}.toelichting`)] });
    // As the explanations page lists them for the question and the filter (submitted responses only).
    byRow = explanationsByQuestion(explanations(ctx.survey, data, { theme: rows.theme, segment: filter }, rows.withNames));
  }
  return { tables, own, explanations: byRow };
}

/** A wave's tables from its counted answers under the filter (also each wave of a trend). */
export async function tablesOf(s: Services, { wave, survey }: WaveContext, source: TableSource, filter: SegmentFilter): Promise<WaveTables> {
  // A segment: how many organisations it holds at all, so an empty combination is told apart.
  const population = isSegmented(filter) ? await countOrganisationsByKind(s.db, wave.id, segmentConditions(survey, filter)) : null;
  return buildTables(survey, source, filter, { waveId: wave.id, title: wave.title, referenceDate: wave.reference_date, population });
}

export const segmentChoices = (s: Services): Promise<SegmentChoices> => loadSegmentChoices(s.db);
