import { exportBatches, type ExportFilter } from '../../db/repos/exportData.ts';
import type { Survey } from '../../survey/schema.ts';
import type { Services } from '../../context.ts';
import { rawColumns, rawRow, type RawCell } from './codec.ts';

/** The 'Ruwe data' rows (header first), produced a batch of organisations at a time. */
export async function* rawCsvRows(s: Services, survey: Survey, waveId: string, filter: ExportFilter): AsyncGenerator<RawCell[]> {
  const columns = rawColumns(survey, filter.actorKind);
  yield columns.map((c) => c.header);
  for await (const batch of exportBatches(s.db, waveId, filter)) {
    for (const org of batch.organisations) {
      yield rawRow(columns, org, org.response_id !== null ? batch.answers.get(org.response_id) ?? {} : {});
    }
  }
}
