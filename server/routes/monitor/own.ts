import { Router } from 'express';
import { param } from '../../http/guards.ts';
import type { Services } from '../../context.ts';
import { ownDashboards } from '../../services/ownDashboards.ts';
import { ownDashboardsXlsx } from '../../services/ownDashboardsWorkbook.ts';
import { ownOrganisation } from './access.ts';
import { readFilter, renderWithFilter } from './filter.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A participant's own dashboards to take away (access checked by the caller): a print-ready page
 * and the same tables as Excel, with the page's filter. Staff get every table.
 */
export function ownDashboardRoutes(s: Services): Router {
  const r = Router();

  r.get('/monitor/:wave/afdrukken', async (req, res) => {
    const filter = await readFilter(s, req);
    const segment = filter.errorList.length ? {} : filter.filter;
    const d = await ownDashboards(s, param(req, 'wave'), segment, ownOrganisation(req, res));
    renderWithFilter(res, 'monitor/print', filter, {
      title: d.organisation ? `Monitor ${d.organisation.name}` : 'Monitor afdrukken',
      d, waveId: d.tables.waveId, printedAt: s.now().toISOString(),
    });
  });

  r.get('/monitor/:wave/mijn-monitor.xlsx', async (req, res) => {
    const filter = await readFilter(s, req);
    if (filter.errorList.length) {
      return res.status(422).type('text/plain; charset=utf-8').send(filter.errorList.map((e) => e.text).join('\n'));
    }
    const d = await ownDashboards(s, param(req, 'wave'), filter.filter, ownOrganisation(req, res));
    const name = `monitor-${d.tables.waveId}${d.organisation ? `-${d.organisation.code}` : ''}.xlsx`;
    res.attachment(name).type(XLSX).send(await ownDashboardsXlsx(d, filter.description));
  });

  return r;
}
