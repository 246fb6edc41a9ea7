// The monitor's comparison dashboards: benchmark and a region against its municipalities; explanations mounted.
import { Router } from 'express';
import { isStaff } from '../../domain/monitor/access.ts';
import { param } from '../../http/guards.ts';
import type { Services } from '../../context.ts';
import {
  benchmarkCandidates,
  benchmarkFor,
  comparableText,
  noBenchmarkReason,
  ownRegionCode,
  parallelFor,
  surveyRegions,
} from '../../services/monitorDashboards.ts';
import { loadWave } from '../../services/monitorTables.ts';
import { explanationRoutes } from './explanations.ts';
import { readFilter, renderWithFilter } from './filter.ts';
import { query } from '../requestValues.ts';

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
    const orgCode = staff ? query(req, 'organisatie').toUpperCase() : req.user!.organisationCode!;
    const { wave, survey } = await loadWave(s, waveId);
    // Per wave a coordinator can switch the comparison with a named organisation off for respondents.
    const namedComparison = staff || wave.named_comparison === 1;
    const compare = namedComparison ? query(req, 'met').toUpperCase() || null : null;
    const candidateGroups = staff ? await benchmarkCandidates(s, survey) : [];
    const candidates = candidateGroups.flatMap((g) => g.organisations);
    const result = orgCode ? await benchmarkFor(s, waveId, orgCode, compare, segment) : null;
    let error: string | null = null;
    if (orgCode && !result) {
      error = await noBenchmarkReason(s, survey, orgCode);
    } else if (compare && result && !result.compareWith) {
      error = `Vergelijken met ‘${compare}’ kan niet: kies een organisatie van dezelfde soort die de vragenlijst heeft ingediend.`;
    }
    renderWithFilter(res, 'monitor/benchmark', filter, {
      title: 'Vergelijken',
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
    }, Boolean(error));
  });

  r.get('/monitor/:wave/regio', async (req, res) => {
    const waveId = param(req, 'wave');
    const { survey } = await loadWave(s, waveId);
    const filter = await readFilter(s, req);
    // The region is the page's own choice (the same 'regio' key): its message stands at that field.
    filter.errorList = filter.errorList.filter((e) => e.href !== '#regio');
    const regions = await surveyRegions(s, survey);
    const code = query(req, 'regio').toUpperCase() || (await ownRegionCode(s, req.user!.organisationCode));
    const known = regions.some((g) => g.code === code);
    const segment = filter.errorList.length ? {} : { ...filter.filter, region: code };
    const result = known ? await parallelFor(s, waveId, code, segment) : null;
    const error = code && !known ? `Jeugdhulpregio ‘${code}’ bestaat niet. Kies een regio uit de lijst.` : null;
    renderWithFilter(res, 'monitor/parallel', filter, {
      title: 'Regio en haar gemeenten',
      waveId,
      regions,
      code,
      result,
      error,
      regionName: regions.find((g) => g.code === code)?.name ?? null,
    }, Boolean(error));
  });

  r.use(explanationRoutes(s));

  return r;
}
