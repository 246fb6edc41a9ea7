import { Router, type Request } from 'express';
import { isStaff } from '../../domain/monitor/access.ts';
import { findOrganisation, listOrganisations } from '../../db/repos/organisations.ts';
import { param } from '../../http/guards.ts';
import type { Services } from '../../services/context.ts';
import { benchmarkFor, explanationsFor, parallelFor } from '../../services/monitorDashboards.ts';
import { loadWave } from '../../services/monitorTables.ts';

const text = (req: Request, name: string): string => {
  const v = req.query[name];
  return typeof v === 'string' ? v.trim() : '';
};

/** Benchmark, a region against its municipalities, and explanations (access checked by the caller). */
export function dashboardRoutes(s: Services): Router {
  const r = Router();

  // A gemeente or regio beside the national (and regional) distribution; staff pick any organisation.
  r.get('/monitor/:wave/vergelijken', async (req, res) => {
    const waveId = param(req, 'wave');
    const staff = isStaff(req.user!);
    const orgCode = staff ? text(req, 'organisatie').toUpperCase() : req.user!.organisationCode!;
    const compare = text(req, 'met').toUpperCase() || null;
    const candidates = staff ? [...(await listOrganisations(s.db, 'gemeente')), ...(await listOrganisations(s.db, 'regio'))] : [];
    const result = orgCode ? await benchmarkFor(s, waveId, orgCode, compare) : null;
    const { wave, survey } = await loadWave(s, waveId);
    const own = orgCode ? await findOrganisation(s.db, orgCode) : undefined;
    let error: string | null = null;
    if (orgCode && !result) {
      error = !own
        ? `Organisatie ‘${orgCode}’ bestaat niet.`
        : own.actor_kind === 'gemeente' || own.actor_kind === 'regio'
          ? `${own.name} heeft in deze ronde nog geen antwoorden.`
          : "Vergelijken kan voor gemeenten en jeugdhulpregio's.";
    } else if (compare && result && !result.compareWith) {
      error = `Vergelijken met ‘${compare}’ kan niet: kies een organisatie van dezelfde soort die de vragenlijst heeft ingediend.`;
    }
    res.status(error ? 422 : 200).render('monitor/benchmark', {
      title: 'Vergelijken', waveId, wave, survey, staff, result, candidates, error,
      values: { organisatie: orgCode, met: compare ?? '' },
    });
  });

  r.get('/monitor/:wave/regio', async (req, res) => {
    const waveId = param(req, 'wave');
    const regions = await listOrganisations(s.db, 'regio');
    const own = req.user!.organisationCode ? await findOrganisation(s.db, req.user!.organisationCode) : undefined;
    const code = text(req, 'regio').toUpperCase() || own?.region_code || '';
    const known = regions.some((g) => g.code === code);
    const result = known ? await parallelFor(s, waveId, code) : null;
    const error = code && !known ? `Jeugdhulpregio ‘${code}’ bestaat niet. Kies een regio uit de lijst.` : null;
    res.status(error ? 422 : 200).render('monitor/parallel', {
      title: "Regio en haar gemeenten", waveId, regions, code, result, error,
      regionName: regions.find((g) => g.code === code)?.name ?? null,
    });
  });

  r.get('/monitor/:wave/toelichtingen', async (req, res) => {
    const waveId = param(req, 'wave');
    const staff = isStaff(req.user!);
    const values = { thema: text(req, 'thema'), partij: text(req, 'partij'), zoek: text(req, 'zoek').slice(0, 200), vraag: text(req, 'vraag') };
    const result = await explanationsFor(s, waveId, { theme: values.thema || undefined, actor: values.partij || undefined, search: values.zoek }, staff);
    const groups = values.vraag ? result.groups.filter((g) => g.questionId === values.vraag) : result.groups;
    res.render('monitor/explanations', { title: 'Toelichtingen', waveId, survey: result.survey, groups, values, staff, perQuestion: values.vraag ? Infinity : 20 });
  });

  return r;
}
