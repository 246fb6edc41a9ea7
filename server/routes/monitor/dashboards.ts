import { Router, type Request } from 'express';
import { isStaff } from '../../domain/monitor/access.ts';
import { param } from '../../http/guards.ts';
import type { Services } from '../../context.ts';
import {
  benchmarkCandidates,
  benchmarkFor,
  comparableText,
  explanationsFor,
  noBenchmarkReason,
  ownRegionCode,
  parallelFor,
  surveyRegions,
} from '../../services/monitorDashboards.ts';
import { loadWave } from '../../services/monitorTables.ts';
import { requestedPage } from '../../domain/paging.ts';
import { readFilter, renderWithFilter } from './filter.ts';

const text = (req: Request, name: string): string => {
  const v = req.query[name];
  return typeof v === 'string' ? v.trim() : '';
};

/** Benchmark, a region against its municipalities, and explanations (access checked by the caller). */
export function dashboardRoutes(s: Services): Router {
  const r = Router();

  // An organisation of an area kind (gemeente, regio) beside the national (and regional)
  // distribution; staff pick any organisation.
  r.get('/monitor/:wave/vergelijken', async (req, res) => {
    const waveId = param(req, 'wave');
    const filter = await readFilter(s, req);
    const segment = filter.errorList.length ? {} : filter.filter;
    const staff = isStaff(req.user!);
    const orgCode = staff ? text(req, 'organisatie').toUpperCase() : req.user!.organisationCode!;
    const { wave, survey } = await loadWave(s, waveId);
    // Per wave a coordinator can switch the comparison with a named organisation off for respondents.
    const namedComparison = staff || wave.named_comparison === 1;
    const compare = namedComparison ? text(req, 'met').toUpperCase() || null : null;
    const candidateGroups = staff ? await benchmarkCandidates(s, survey) : [];
    const candidates = candidateGroups.flatMap((g) => g.organisations);
    const result = orgCode ? await benchmarkFor(s, waveId, orgCode, compare, segment) : null;
    let error: string | null = null;
    if (orgCode && !result) {
      error = await noBenchmarkReason(s, survey, orgCode);
    } else if (compare && result && !result.compareWith) {
      error = `Vergelijken met ‘${compare}’ kan niet: kies een organisatie van dezelfde soort die de vragenlijst heeft ingediend.`;
    }
    res.status(error || filter.errorList.length ? 422 : 200).render('monitor/benchmark', {
      title: 'Vergelijken',
      filter,
      invalid: filter.errorList.length > 0,
      waveId,
      wave,
      survey,
      staff,
      result,
      candidates,
      candidateGroups,
      error,
      who: comparableText(survey),
      namedComparison,
      values: { organisatie: orgCode, met: compare ?? '' },
    });
  });

  r.get('/monitor/:wave/regio', async (req, res) => {
    const waveId = param(req, 'wave');
    const { survey } = await loadWave(s, waveId);
    const filter = await readFilter(s, req);
    // The region is the page's own choice (the same 'regio' key): its message stands at that field.
    filter.errorList = filter.errorList.filter((e) => e.href !== '#regio');
    const regions = await surveyRegions(s, survey);
    const code = text(req, 'regio').toUpperCase() || (await ownRegionCode(s, req.user!.organisationCode));
    const known = regions.some((g) => g.code === code);
    const segment = filter.errorList.length ? {} : { ...filter.filter, region: code };
    const result = known ? await parallelFor(s, waveId, code, segment) : null;
    const error = code && !known ? `Jeugdhulpregio ‘${code}’ bestaat niet. Kies een regio uit de lijst.` : null;
    res.status(error || filter.errorList.length ? 422 : 200).render('monitor/parallel', {
      title: 'Regio en haar gemeenten',
      filter,
      invalid: filter.errorList.length > 0,
      waveId,
      regions,
      code,
      result,
      error,
      regionName: regions.find((g) => g.code === code)?.name ?? null,
    });
  });

  // Filtered by theme, party, question, answer, words and the monitor's dimensions; paged on the server.
  r.get('/monitor/:wave/toelichtingen', async (req, res) => {
    const waveId = param(req, 'wave');
    const staff = isStaff(req.user!);
    const filter = await readFilter(s, req);
    const values = {
      thema: text(req, 'thema'), partij: text(req, 'partij'), zoek: text(req, 'zoek').slice(0, 200),
      vraag: text(req, 'vraag'), antwoord: text(req, 'antwoord'),
    };
    const query = {
      theme: values.thema || undefined, actor: values.partij || undefined, search: values.zoek, question: values.vraag || undefined,
      answer: values.antwoord || undefined, segment: filter.errorList.length ? {} : filter.filter,
    };
    const result = await explanationsFor(s, waveId, query, staff, requestedPage(req.query.pagina));
    if (values.antwoord && !result.answerChoices.some(([code]) => code === values.antwoord)) {
      filter.errors.antwoord = 'Kies een antwoord uit de lijst.';
      filter.errorList.push({ href: '#antwoord', text: filter.errors.antwoord });
    }
    renderWithFilter(res, 'monitor/explanations', filter, {
      title: 'Toelichtingen',
      waveId,
      survey: result.survey,
      page: result.page,
      answerChoices: result.answerChoices,
      question: values.vraag ? result.survey.questions.find((q) => q.id === values.vraag) ?? null : null,
      values,
      staff,
    });
  });

  return r;
}
