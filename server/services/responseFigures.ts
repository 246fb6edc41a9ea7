/**
 * The response figures of a wave without its list of organisations: table 1.3 and the response
 * per province and per region, counted a batch of organisations at a time. For the analyst
 * workbook, which at 100× national size must not hold 38,000 organisations at once (issue 18);
 * the response page, which lists them, uses buildResponseOverview.
 */
import { organisationInWaveBatches } from '../db/repos/responseStatus.ts';
import { responseFigureTallier, type ResponseFigureTables } from '../domain/responseFigures.ts';
import { isoNow, type Services } from '../context.ts';
import { stateOfRow } from './organisationStatuses.ts';
import { overviewScope, overviewWave, type ResponseOverview, type ResponseOverviewFilter } from './responseOverview.ts';
import { loadWave } from './surveyWaves.ts';

export interface ResponseFigures extends ResponseFigureTables {
  wave: ResponseOverview['wave'];
  generatedAt: string;
}

export async function buildResponseFigures(
  s: Services, waveId: string, filter: ResponseOverviewFilter = {}, batchSize = 1000,
): Promise<ResponseFigures> {
  const { wave, survey } = await loadWave(s, waveId);
  const { statusFilter, actors } = overviewScope(survey, filter);
  const tallier = responseFigureTallier(actors);
  for await (const batch of organisationInWaveBatches(s.db, waveId, statusFilter, batchSize)) {
    for (const r of batch) {
      tallier.add({
        name: r.name, actorKind: r.actor_kind, provinceCode: r.province_code, provinceName: r.province_name,
        regionCode: r.region_code, regionName: r.region_name, state: stateOfRow(r),
      });
    }
  }
  return { wave: overviewWave(wave), ...tallier.result(), generatedAt: isoNow(s) };
}
