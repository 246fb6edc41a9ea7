// Main's computation before issue 18 (every answer indexed in memory), run on a booted app.
import { countOrganisationsByKind } from '../../../server/db/repos/segmentData.ts';
import { segmentConditions } from '../../../server/domain/monitor/dimensions/index.ts';
import { isSegmented } from '../../../server/domain/monitor/segments.ts';
import type { SegmentFilter, WaveTables } from '../../../server/domain/monitor/types.ts';
import { loadWave, loadWaveData } from '../../../server/services/monitorTables.ts';
import type { Services } from '../../../server/context.ts';
import { buildTables } from './tables.ts';

export async function previousWaveTables(s: Services, waveId: string, filter: SegmentFilter): Promise<WaveTables> {
  const { wave, survey } = await loadWave(s, waveId);
  const data = await loadWaveData(s, waveId);
  const population = isSegmented(filter) ? await countOrganisationsByKind(s.db, wave.id, segmentConditions(survey, filter)) : null;
  return buildTables(survey, data, filter, { waveId: wave.id, title: wave.title, referenceDate: wave.reference_date, population });
}
