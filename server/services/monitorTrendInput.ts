// Loading both waves of a trend and building their tables under one filter: the input of monitorTrend.ts.
import { countOrganisationsByKind } from '../db/repos/monitorData.ts';
import type { Wave } from '../db/schema.ts';
import { segmentConditions } from '../domain/monitor/dimensions/index.ts';
import { isSegmented } from '../domain/monitor/segments.ts';
import { buildTables } from '../domain/monitor/tables.ts';
import type { TrendInput } from '../domain/monitor/trend.ts';
import type { SegmentFilter } from '../domain/monitor/types.ts';
import type { Services } from '../context.ts';
import { loadWaveData } from './monitorTables.ts';
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
  const population = async (w: Wave, sv: typeof survey) =>
    isSegmented(filter) ? countOrganisationsByKind(s.db, w.id, segmentConditions(sv, filter)) : null;
  const tables = buildTables(survey, data, filter, {
    waveId: wave.id, title: wave.title, referenceDate: wave.reference_date, population: await population(wave, survey),
  });
  const previousTables = buildTables(link.previousSurvey, previousData, filter, {
    waveId: link.previousWave.id, title: link.previousWave.title, referenceDate: link.previousWave.reference_date,
    population: await population(link.previousWave, link.previousSurvey),
  });
  return {
    wave, previous: link.previousWave, survey, previousSurvey: link.previousSurvey, continues: link.continues, mergers: link.mergers,
    data, previousData, tables, previousTables, filter,
  };
}
