/** The GET routes of one organisation: its page (organisationPage.ts) and its answer history. */
import { Router } from 'express';
import { pageOf, requestedPage } from '../../domain/paging.ts';
import { notFound } from '../../http/errors.ts';
import { param } from '../../http/guards.ts';
import type { Services } from '../../context.ts';
import { organisationHistory } from '../../services/coordination/history.ts';
import { chooseWave } from '../../services/coordination/waves.ts';
import { renderDetail } from './organisationPage.ts';

/** GET of one organisation's page and of its answer history. */
export function organisationDetailRoutes(s: Services): Router {
  const r = Router();

  r.get('/beheer/organisaties/:code', async (req, res) => {
    await renderDetail(s, res, param(req, 'code'));
  });

  r.get('/beheer/organisaties/:code/geschiedenis', async (req, res) => {
    const { wave, waves } = await chooseWave(s, req.query.ronde);
    if (!wave) throw notFound();
    const history = await organisationHistory(s, param(req, 'code'), wave);
    if (!history) throw notFound();
    // Every change of every answer can run into the thousands: 50 a page (issue 16).
    const { rows: entries, ...pager } = pageOf(history.entries, requestedPage(req.query.pagina));
    res.render('coordination/history', { title: `Geschiedenis ${history.organisation.name}`, wave, waves, ...history, entries, pager });
  });

  return r;
}
