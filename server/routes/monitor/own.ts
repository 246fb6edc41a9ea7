import { Router } from 'express';
import { param } from '../../http/guards.ts';
import type { Services } from '../../context.ts';
import { ownDashboards } from '../../services/ownDashboards.ts';
import { ownDashboardsXlsx } from '../../services/ownDashboardsWorkbook.ts';
import { readFilter } from './filter.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A participant's own dashboards to take away (access checked by the caller): a print-ready page
 * and the same tables as Excel, with the page's filter. Staff get every table.
 */
export function ownDashboardRoutes(s: Services): Router {
  const r = Router();
  const ownCode = (access: unknown, code: string | null | undefined) => (access === 'respondent' ? code ?? null : null);

  r.get('/monitor/:wave/afdrukken', async (req, res) => {
    const filter = await readFilter(s, req);
    const segment = filter.errorList.length ? {} : filter.filter;
    const d = await ownDashboards(s, param(req, 'wave'), segment, ownCode(res.locals.monitorAccess, req.user!.organisationCode));
    res.status(filter.errorList.length ? 422 : 200).render('monitor/print', {
      title: d.organisation ? `Monitor ${d.organisation.name}` : 'Monitor afdrukken',
      d, filter, invalid: filter.errorList.length > 0, waveId: d.tables.waveId, printedAt: s.now().toISOString(),
    });
  });

  r.get('/monitor/:wave/mijn-monitor.xlsx', async (req, res) => {
    const filter = await readFilter(s, req);
    if (filter.errorList.length) {
      return res.status(422).type('text/plain; charset=utf-8').send(filter.errorList.map((e) => e.text).join('\n'));
    }
    const d = await ownDashboards(s, param(req, 'wave'), filter.filter, ownCode(res.locals.monitorAccess, req.user!.organisationCode));
    const name = `monitor-${d.tables.waveId}${d.organisation ? `-${d.organisation.code}` : ''}.xlsx`;
    res.attachment(name).type(XLSX).send(await ownDashboardsXlsx(d, filter.description));
  });

  return r;
}
