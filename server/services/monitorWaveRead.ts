// Reading a wave's answers for the monitor: indexed (dashboards, trend, explanations) or tallied (the tables).
import { loadWaveOrganisations, waveAnswerBatches } from '../db/repos/monitorData.ts';
import { countingResponses } from '../db/repos/countingResponses.ts';
import { forEachTallyBatch } from '../db/repos/tallyRows.ts';
import type { TableSource } from '../domain/monitor/tableSource.ts';
import { waveTallier } from '../domain/monitor/tally.ts';
import { segmentConditions } from '../domain/monitor/dimensions/index.ts';
import { areaKinds } from '../survey/actors.ts';
import type { SegmentFilter } from '../domain/monitor/types.ts';
import { waveDataIndexer, type WaveData } from '../domain/monitor/waveData.ts';
import type { Survey } from '../survey/schema.ts';
import type { Services } from '../context.ts';

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
  const counting = await countingResponses(s.db, waveId, {
    includeUnsubmitted: filter.includeUnsubmitted ?? false, areaKinds: areaKinds(survey), conditions: segmentConditions(survey, filter),
  });
  const tallier = waveTallier(survey, counting);
  await forEachTallyBatch(s.db, waveId, [...counting.keys()], tallier.addResponse);
  return tallier.source;
}
