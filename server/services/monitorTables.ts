import { loadSegmentChoices, loadWaveOrganisations, waveAnswerBatches } from '../db/repos/monitorData.ts';
import type { SegmentChoices } from '../domain/monitor/dimensions/index.ts';
import { buildTables } from '../domain/monitor/tables.ts';
import type { SegmentFilter, WaveTables } from '../domain/monitor/types.ts';
import { waveDataIndexer, type WaveData } from '../domain/monitor/waveData.ts';
import type { Services } from '../context.ts';
import { loadWave } from './surveyWaves.ts';

export type { SegmentFilter, WaveTables } from '../domain/monitor/types.ts';

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
  const { wave, survey } = await loadWave(s, waveId);
  const data = await loadWaveData(s, waveId);
  return buildTables(survey, data, filter, { waveId: wave.id, title: wave.title, referenceDate: wave.reference_date });
}

export const segmentChoices = (s: Services): Promise<SegmentChoices> => loadSegmentChoices(s.db);
