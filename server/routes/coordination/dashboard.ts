import { Router } from 'express';
import { fieldworkState } from '../../domain/fieldwork.ts';
import { formatPercentage } from '../../presenters/format.ts';
import type { Services } from '../../context.ts';
import { chooseWave } from '../../services/coordination/waves.ts';
import { buildResponseOverview } from '../../services/responseOverview.ts';

/** The coordination start page: the current wave at a glance and where to go next. */
export function dashboardRoutes(s: Services): Router {
  const r = Router();
  r.get('/beheer', async (_req, res) => {
    const { wave } = await chooseWave(s, undefined);
    const overview = wave ? await buildResponseOverview(s, wave.id) : null;
    res.render('coordination/dashboard', {
      title: 'Coördinatie', wave, overview, fieldwork: wave ? fieldworkState(wave, s.now()) : null, formatPercentage,
    });
  });
  return r;
}
