import { Router, type Request } from 'express';
import type { Wave } from '../../db/schema.ts';
import { requestedPage } from '../../domain/paging.ts';
import { responseStateLabels } from '../../domain/responseRates.ts';
import { notFound } from '../../http/errors.ts';
import type { Services } from '../../context.ts';
import { filterChoices } from '../../services/coordination/organisations.ts';
import { chooseWave } from '../../services/coordination/waves.ts';
import { sortKeys, workbenchPage, type WorkbenchFilter } from '../../services/coordination/workbench.ts';
import { workbenchCsv, workbenchXlsx } from '../../services/coordination/workbenchFiles.ts';
import { query } from './common.ts';

/** The chasing workbench (issue 16, point 3): who has not submitted, with contacts; remind a selection. */
export function workbenchRoutes(s: Services): Router {
  const r = Router();

  /** The filter of the request, and the wave it names with the waves to choose from. */
  async function filterOf(req: Request): Promise<WorkbenchFilter & { wave: Wave; waves: Wave[] }> {
    const { wave, waves } = await chooseWave(s, req.query.ronde);
    if (!wave) throw notFound();
    return {
      wave, waves, waveId: wave.id, actorKind: query(req, 'soort'), province: query(req, 'provincie'), region: query(req, 'regio'),
      state: ['niet-gestart', 'bezig', 'ter-vaststelling'].includes(query(req, 'status')) ? query(req, 'status') : '',
      q: query(req, 'zoek'),
      sort: (sortKeys as readonly string[]).includes(query(req, 'sorteer')) ? query(req, 'sorteer') : 'naam',
      dir: query(req, 'richting') === 'af' ? 'desc' : 'asc', page: requestedPage(req.query.pagina),
    };
  }

  r.get('/beheer/niet-ingediend', async (req, res) => {
    const { wave, waves, ...filter } = await filterOf(req);
    res.render('coordination/workbench', {
      title: 'Nog niet ingediend', wave, waves, filter, ...(await workbenchPage(s, filter)), ...(await filterChoices(s)),
      actors: s.surveys.get(wave.survey_id)?.actors ?? [], stateLabels: responseStateLabels, sortKeys,
    });
  });

  r.get('/beheer/niet-ingediend/download.csv', async (req, res) => {
    const filter = await filterOf(req);
    res.attachment(`niet-ingediend-${filter.waveId}.csv`).type('text/csv; charset=utf-8').send(await workbenchCsv(s, filter));
  });

  r.get('/beheer/niet-ingediend/download.xlsx', async (req, res) => {
    const filter = await filterOf(req);
    res.attachment(`niet-ingediend-${filter.waveId}.xlsx`).type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(await workbenchXlsx(s, filter));
  });

  return r;
}
