import { Router } from 'express';
import { registeredNav } from '../http/navigation.ts';
import type { Services } from '../context.ts';
import { analysisRoutes } from './exchange/analysis.ts';
import { bulkRoutes } from './exchange/bulk.ts';
import { offlineRoutes } from './exchange/offline.ts';

/**
 * Excel and CSV exchange: the analyst workbook and CSV exports (/analyse/:wave), bulk import by
 * coordinators (/analyse/:wave/importeren) and the offline questionnaire (/vragenlijst/:wave/:org/excel).
 */
export function exchangeRoutes(s: Services): Router {
  if (!registeredNav.includes('/analyse')) registeredNav.push('/analyse');
  const r = Router();
  r.use(bulkRoutes(s));
  r.use(analysisRoutes(s));
  r.use(offlineRoutes(s));
  return r;
}
