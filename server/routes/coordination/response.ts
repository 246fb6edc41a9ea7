import { Router, type Request } from 'express';
import { responseStateLabels } from '../../domain/responseRates.ts';
import { pageOf, requestedPage } from '../../domain/paging.ts';
import { formatDateNl, formatPercentage } from '../../presenters/format.ts';
import { cumulativeChartSvg } from '../../presenters/svgChart.ts';
import { notFound } from '../../http/errors.ts';
import type { Services } from '../../context.ts';
import { notSubmittedCsv, overviewCsv, overviewWorkbook } from '../../services/coordination/overviewExport.ts';
import { filterChoices } from '../../services/coordination/organisations.ts';
import { chooseWave } from '../../services/coordination/waves.ts';
import { buildResponseOverview, type ResponseOverview } from '../../services/responseOverview.ts';
import { query } from './common.ts';

async function overviewFor(s: Services, req: Request) {
  const { wave, waves } = await chooseWave(s, req.query.ronde);
  if (!wave) throw notFound();
  const filter = { actorKind: query(req, 'soort'), province: query(req, 'provincie'), region: query(req, 'regio') };
  return { waves, overview: await buildResponseOverview(s, wave.id, filter) };
}

const fileName = (o: ResponseOverview, ext: string) => `respons-${o.wave.id}-${o.generatedAt.slice(0, 10)}.${ext}`;

function chartFor(o: ResponseOverview): string {
  const last = o.daily.at(-1);
  const description = last
    ? `Op ${formatDateNl(last.date)} waren ${last.cumulative} van de ${o.total.organisations} vragenlijsten ingediend ` +
      `(${formatPercentage(o.total.responsePercentage)}). De tabel onder de grafiek geeft de aantallen per dag.`
    : 'Er zijn nog geen vragenlijsten ingediend.';
  return cumulativeChartSvg(o.daily, o.total.organisations, {
    id: 'respons-grafiek',
    title: 'Aantal ingediende vragenlijsten per dag, opgeteld',
    description,
  });
}

/** The response overview (table 1.3), its drill-down, chart and downloads. */
export function responseRoutes(s: Services): Router {
  const r = Router();

  r.get('/beheer/respons', async (req, res) => {
    const { waves, overview } = await overviewFor(s, req);
    const survey = s.surveys.get(waves.find((w) => w.id === overview.wave.id)!.survey_id);
    const f = overview.filter;
    const qs = new URLSearchParams({
      ronde: overview.wave.id,
      soort: f.actorKind ?? '',
      provincie: f.province ?? '',
      regio: f.region ?? '',
    }).toString();
    res.render('coordination/response', {
      title: 'Respons',
      o: overview,
      waves,
      qs,
      chart: chartFor(overview),
      // Every long list is paged (issue 16): 50 organisations a page, the filters kept in the links.
      notSubmitted: pageOf(overview.notSubmitted, requestedPage(req.query.pagina)),
      formatPercentage,
      stateLabels: responseStateLabels,
      actors: survey?.actors ?? [],
      ...(await filterChoices(s)),
    });
  });

  r.get('/beheer/respons/download.xlsx', async (req, res) => {
    const { overview } = await overviewFor(s, req);
    res.attachment(fileName(overview, 'xlsx')).type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.send(await overviewWorkbook(overview));
  });

  r.get('/beheer/respons/download.csv', async (req, res) => {
    const { overview } = await overviewFor(s, req);
    res.attachment(fileName(overview, 'csv')).type('text/csv; charset=utf-8').send(overviewCsv(overview));
  });

  r.get('/beheer/respons/niet-ingediend.csv', async (req, res) => {
    const { overview } = await overviewFor(s, req);
    res.attachment(`niet-ingediend-${overview.wave.id}.csv`).type('text/csv; charset=utf-8').send(notSubmittedCsv(overview));
  });

  return r;
}
