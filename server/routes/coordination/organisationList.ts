import { Router } from 'express';
import { pageOf, requestedPage } from '../../domain/paging.ts';
import { responseStateLabels, responseStates } from '../../domain/responseRates.ts';
import { notFound } from '../../http/errors.ts';
import type { Services } from '../../context.ts';
import { filterChoices, listOrganisations } from '../../services/coordination/organisations.ts';
import { chooseWave } from '../../services/coordination/waves.ts';
import { query } from './common.ts';

/** The list of organisations, filtered, with their state in the chosen wave. */
export function organisationListRoutes(s: Services): Router {
  const r = Router();

  r.get('/beheer/organisaties', async (req, res) => {
    const { wave, waves } = await chooseWave(s, req.query.ronde);
    if (!wave) throw notFound();
    const filter = {
      q: query(req, 'q'), actorKind: query(req, 'soort'), province: query(req, 'provincie'),
      region: query(req, 'regio'), state: query(req, 'status'),
    };
    // 389 organisations: 50 a page, the filters kept in every page link (issue 16).
    const { rows, ...pager } = pageOf(await listOrganisations(s, wave.id, filter), requestedPage(req.query.pagina));
    res.render('coordination/organisations', {
      title: 'Organisaties', wave, waves, filter, rows, pager, ...(await filterChoices(s)),
      actors: s.surveys.get(wave.survey_id)?.actors ?? [], states: responseStates, stateLabels: responseStateLabels,
    });
  });

  return r;
}
