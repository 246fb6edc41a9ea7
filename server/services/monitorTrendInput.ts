// Loading both waves of a trend and building their tables under one filter: the input of monitorTrend.ts.
import type { Wave } from '../db/schema.ts';
import type { TrendInput } from '../domain/monitor/trend.ts';
import { tallyOfIndex } from '../domain/monitor/tallyOfIndex.ts';
import type { SegmentFilter } from '../domain/monitor/types.ts';
import type { Services } from '../context.ts';
import { loadWaveData, tablesOf } from './monitorTables.ts';
import { loadWave } from './surveyWaves.ts';
import { waveLink } from './waveLinks.ts';

/** Both waves loaded and their tables built under the filter; null when the wave names no previous wave it follows. */
export async function trendInput(
  s: Services, waveId: string, filter: SegmentFilter,
): Promise<(TrendInput & { wave: Wave; previous: Wave }) | null> {
  const { wave, survey } = await loadWave(s, waveId);
  const link = await waveLink(s, wave, survey);
  if (!link) return null;
  const [data, previousData] = [await loadWaveData(s, wave.id), await loadWaveData(s, link.previousWave.id)];
  // Both indexes are held for the pairs anyway: the tables count from them (tallyOfIndex) instead of reading again.
  const tables = await tablesOf(s, { wave, survey }, tallyOfIndex(survey, data, filter), filter);
  const previousSource = tallyOfIndex(link.previousSurvey, previousData, filter);
  const previousTables = await tablesOf(s, { wave: link.previousWave, survey: link.previousSurvey }, previousSource, filter);
  return {
    wave, previous: link.previousWave, survey, previousSurvey: link.previousSurvey, continues: link.continues, mergers: link.mergers,
    data, previousData, tables, previousTables, filter,
  };
}
