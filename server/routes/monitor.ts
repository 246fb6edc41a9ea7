// The monitor's router: access, the overview and behind-schedule pages, the tables API; the rest in monitor/.
import { Router } from 'express';
import { isStaff } from '../domain/monitor/access.ts';
import { overallPicture } from '../domain/monitor/picture.ts';
import { param, requireLogin } from '../http/guards.ts';
import { registeredNav } from '../http/navigation.ts';
import * as monitorView from '../presenters/monitorView.ts';
import type { Services } from '../context.ts';
import { buildWaveTables } from '../services/monitorTables.ts';
import { currentWaveFor } from '../services/surveyWaves.ts';
import { requireDashboardAccess } from './monitor/access.ts';
import { dashboardRoutes } from './monitor/dashboards.ts';
import { ownDashboardRoutes } from './monitor/own.ts';
import { readFilter, renderWithFilter } from './monitor/filter.ts';
import { themeRoutes } from './monitor/theme.ts';
import { trendRoutes } from './monitor/trend.ts';

/** Monitor tables and dashboards (pages under /monitor) and GET /api/waves/:wave/tables. */
export function monitorRoutes(s: Services): Router {
  if (!registeredNav.includes('/monitor')) registeredNav.push('/monitor');
  const r = Router();
  r.use('/monitor', requireLogin, (_req, res, next) => {
    res.locals.mv = monitorView; // presenters for the templates (cells, bars, legends)
    next();
  });
  r.use('/monitor/:wave', requireDashboardAccess(s, false));
  // The /api router already required a login (session or bearer token) before falling through.
  r.use('/api/waves/:wave/tables', requireLogin, requireDashboardAccess(s, true));

  // The current wave of all waves: the open one, else the most recent.
  r.get('/monitor', async (_req, res) => {
    const wave = await currentWaveFor(s, null);
    res.redirect(`/monitor/${wave.id}`);
  });

  r.get('/monitor/:wave', async (req, res) => {
    const filter = await readFilter(s, req);
    const tables = filter.errorList.length ? null : await buildWaveTables(s, param(req, 'wave'), filter.filter);
    // The overall picture per party and theme, from the same tables (report §1.2, chapter 2).
    const picture = tables ? overallPicture(s.surveys.get(tables.surveyId)!, tables) : null;
    renderWithFilter(res, 'monitor/index', filter, {
      title: tables?.title ?? 'Monitor',
      tables,
      picture,
      waveId: param(req, 'wave'),
      staff: isStaff(req.user!),
    });
  });

  r.use(themeRoutes(s));

  r.get('/monitor/:wave/achterstand', async (req, res) => {
    const filter = await readFilter(s, req);
    const tables = filter.errorList.length ? null : await buildWaveTables(s, param(req, 'wave'), filter.filter);
    renderWithFilter(res, 'monitor/behind', filter, { title: 'Achter op planning', tables, waveId: param(req, 'wave') });
  });

  r.use(dashboardRoutes(s));
  r.use(ownDashboardRoutes(s));
  r.use(trendRoutes(s));

  r.get('/api/waves/:wave/tables', async (req, res) => {
    const filter = await readFilter(s, req);
    if (filter.errorList.length) return res.status(422).json({ error: 'Het filter is niet geldig.', errors: filter.errors });
    res.json(await buildWaveTables(s, param(req, 'wave'), filter.filter));
  });

  return r;
}
