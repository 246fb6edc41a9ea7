import { Router } from 'express';
import { isStaff } from '../../domain/monitor/access.ts';
import { HttpError } from '../../http/errors.ts';
import { param, requireLogin } from '../../http/guards.ts';
import type { Services } from '../../context.ts';
import { buildWaveTrend, wentBackSince } from '../../services/monitorTrend.ts';
import { loadWave } from '../../services/surveyWaves.ts';
import { ownOrganisation, requireDashboardAccess } from './access.ts';
import { readFilter, renderWithFilter } from './filter.ts';

/** 'Ontwikkeling': the movement since the previous wave (issue 17), its API and the list of answers that went back. */
export function trendRoutes(s: Services): Router {
  const r = Router();
  r.use('/api/waves/:wave/trend', requireLogin, requireDashboardAccess(s, true));

  r.get('/monitor/:wave/ontwikkeling', async (req, res) => {
    const filter = await readFilter(s, req);
    // A participant that submitted sees its own path beside the others.
    const ownCode = ownOrganisation(req, res);
    const { wave } = await loadWave(s, param(req, 'wave'));
    const built = filter.errorList.length ? null : await buildWaveTrend(s, wave.id, filter.filter, ownCode);
    renderWithFilter(res, 'monitor/trend', filter, {
      title: `Ontwikkeling: ${wave.title}`, trend: built?.trend ?? (filter.errorList.length ? {} : null), own: built?.own ?? null,
      waveId: wave.id, staff: isStaff(req.user!),
    });
  });

  r.get('/monitor/:wave/ontwikkeling/teruggevallen', async (req, res) => {
    if (!isStaff(req.user!)) throw new HttpError(403, 'Alleen coördinatoren, analisten en beheerders zien deze lijst.');
    const { wave } = await loadWave(s, param(req, 'wave'));
    res.render('monitor/wentBack', {
      title: 'Teruggegane antwoorden', trendTitle: wave.title, items: await wentBackSince(s, wave.id), waveId: wave.id,
      canCoordinate: req.user!.role === 'coordinator' || req.user!.role === 'admin',
    });
  });

  r.get('/api/waves/:wave/trend', async (req, res) => {
    const filter = await readFilter(s, req);
    if (filter.errorList.length) return res.status(422).json({ error: 'Het filter is niet geldig.', errors: filter.errors });
    // Staff also get the answers that went back, per organisation (names only for staff, as on the pages).
    const built = await buildWaveTrend(s, param(req, 'wave'), filter.filter, null, isStaff(req.user!));
    if (!built) return res.status(404).json({ error: 'Deze ronde heeft geen vorige ronde.' });
    res.json({ ...built.trend, ...(built.wentBack ? { wentBack: built.wentBack } : {}) });
  });

  return r;
}
