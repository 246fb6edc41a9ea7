/**
 * The analyst workbook, streamed: sheets are written one after the other and the organisations a
 * batch at a time, so memory stays bounded however many organisations there are. In report order:
 * Respons, a sheet per theme, Beleving, Ontwikkeling (a wave that follows another), Toelichtingen, Ruwe data, Codeboek.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Services } from '../../context.ts';
import { buildWaveTables, segmentChoices } from '../monitorTables.ts';
import { buildWaveTrend } from '../monitorTrend.ts';
import { buildResponseFigures } from '../responseFigures.ts';
import { loadWave } from '../surveyWaves.ts';
import { writeCodebook, writeRawData, writeToelichtingen } from './dataSheets.ts';
import { describeExportFilter, rowFilter, type ExchangeFilter } from './filter.ts';
import { writeMonitorSheets } from './monitorSheets.ts';
import { writeResponseSheet } from './responseSheet.ts';
import { writeTrendSheet } from './trendSheet.ts';

export { rowFilter } from './filter.ts';

export async function writeAnalystWorkbook(s: Services, waveId: string, filter: ExchangeFilter, out: Writable): Promise<void> {
  const { wave, survey } = await loadWave(s, waveId);
  const selection = describeExportFilter(survey, filter, await segmentChoices(s));
  const rows = rowFilter(survey, filter);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Afsprakenmonitor';
  wb.title = `${wave.title}: ${selection}`;
  wb.subject = selection;
  wb.created = s.now();
  // Counted a batch of organisations at a time, not from the overview's list of all (issue 18).
  // Response, tables and rows follow the same dimensions, so the sheets agree on who is in the selection.
  writeResponseSheet(wb, await buildResponseFigures(s, waveId, filter), selection);
  // A wave that follows another: the movement since then (issue 17), whose load of the wave gives the theme sheets too.
  const { actorKind, ...segment } = filter;
  const trend = await buildWaveTrend(s, waveId, segment);
  writeMonitorSheets(wb, trend?.tables ?? (await buildWaveTables(s, waveId, segment)), actorKind);
  if (trend) writeTrendSheet(wb, trend.trend, actorKind);
  await writeToelichtingen(wb, s, survey, waveId, rows, out);
  await writeRawData(wb, s, survey, waveId, rows, out);
  writeCodebook(wb, survey, rows);
  await wb.commit();
}
