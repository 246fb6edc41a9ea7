import { Router, type Request, type Response } from 'express';
import { param, requireLogin, requireRole } from '../../http/guards.ts';
import type { Services } from '../../context.ts';
import { exportQuery, filterSlug, parseExportQuery, type ExchangeFilter } from '../../services/analystWorkbook/filter.ts';
import { rowFilter, writeAnalystWorkbook } from '../../services/analystWorkbook/index.ts';
import { codebookHeaders, codebookRows } from '../../services/rawData/codebook.ts';
import { rawCsvRows } from '../../services/rawData/csvRows.ts';
import { writeCsv, type Separator } from '../../services/spreadsheet/csvWrite.ts';
import { segmentChoices } from '../../services/monitorTables.ts';
import { listWavesWithFieldwork, loadWave } from '../../services/surveyWaves.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const waveAndSurvey = (s: Services, req: Request) => loadWave(s, param(req, 'wave'));

function download(res: Response, type: string, name: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.setHeader('Cache-Control', 'no-store');
}

const baseName = (waveId: string, what: string, f: ExchangeFilter) => [waveId, what, filterSlug(f)].filter(Boolean).join('-');
const separatorOf = (req: Request): Separator => (req.query.scheiding === 'komma' ? ',' : ';');

/** Streams; once bytes are out an error can only cut the download short. */
async function streamOut(res: Response, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (err) {
    if (!res.headersSent) throw err;
    res.destroy(err as Error);
  }
}

export function analysisRoutes(s: Services): Router {
  const r = Router();
  r.use('/analyse', requireLogin, requireRole('analyst', 'coordinator', 'admin'));

  r.get('/analyse', async (_req, res) => {
    const waves = await listWavesWithFieldwork(s);
    if (waves.length === 1) return res.redirect(`/analyse/${waves[0]!.id}`);
    res.render('exchange/waves', { title: 'Export en import', waves });
  });

  r.get('/analyse/:wave', async (req, res) => {
    const { wave, survey } = await waveAndSurvey(s, req);
    const choices = await segmentChoices(s);
    const parsed = parseExportQuery(survey, req.query as Record<string, unknown>, choices);
    const errors = Object.entries(parsed.errors).map(([field, text]) => ({ href: `#${field}`, text }));
    res.status(errors.length ? 422 : 200).render('exchange/analyse', {
      title: `Export ${wave.title}`,
      wave, survey, choices, parsed, errors,
      query: exportQuery(parsed.filter),
      canImport: req.user!.role === 'coordinator' || req.user!.role === 'admin',
    });
  });

  const filtered = async (req: Request) => {
    const { wave, survey } = await waveAndSurvey(s, req);
    const parsed = parseExportQuery(survey, req.query as Record<string, unknown>, await segmentChoices(s));
    return { wave, survey, filter: parsed.filter };
  };

  r.get('/analyse/:wave/werkboek.xlsx', async (req, res) => {
    const { wave, filter } = await filtered(req);
    download(res, XLSX, `${baseName(wave.id, 'werkboek', filter)}.xlsx`);
    await streamOut(res, () => writeAnalystWorkbook(s, wave.id, filter, res));
  });

  r.get('/analyse/:wave/ruwe-data.csv', async (req, res) => {
    const { wave, survey, filter } = await filtered(req);
    download(res, 'text/csv; charset=utf-8', `${baseName(wave.id, 'ruwe-data', filter)}.csv`);
    await streamOut(res, () => writeCsv(res, separatorOf(req), rawCsvRows(s, survey, wave.id, rowFilter(survey, filter))));
  });

  r.get('/analyse/:wave/codeboek.csv', async (req, res) => {
    const { wave, survey, filter } = await filtered(req);
    download(res, 'text/csv; charset=utf-8', `${baseName(wave.id, 'codeboek', filter)}.csv`);
    await streamOut(res, () => writeCsv(res, separatorOf(req), [[...codebookHeaders], ...codebookRows(survey, filter.actorKind)]));
  });

  return r;
}
