import { Router } from 'express';
import { requireLogin } from '../../http/guards.ts';
import type { Services } from '../../context.ts';
import { offlineReviewRoutes } from './offlineReview.ts';
import { offlineUploadRoutes } from './offlineUpload.ts';

/** The offline workbook of one response (pages under /vragenlijst/:wave/:org/excel). */
export function offlineRoutes(s: Services): Router {
  const r = Router();
  r.use('/vragenlijst/:wave/:org/excel', requireLogin);
  r.use(offlineUploadRoutes(s));
  r.use(offlineReviewRoutes(s));
  return r;
}
