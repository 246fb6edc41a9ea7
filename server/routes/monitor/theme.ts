// The monitor page of one theme: its tables, the participant's own answers and the explanations beside them.
import { Router } from 'express';
import { isStaff } from '../../domain/monitor/access.ts';
import { param } from '../../http/guards.ts';
import { notFound } from '../../http/errors.ts';
import type { Services } from '../../context.ts';
import { buildWaveTablesFor } from '../../services/monitorTables.ts';
import { ownOrganisation } from './access.ts';
import { readFilter, renderWithFilter } from './filter.ts';

/** GET /monitor/:wave/thema/:theme (access checked by the caller). */
export function themeRoutes(s: Services): Router {
  const r = Router();

  r.get('/monitor/:wave/thema/:theme', async (req, res) => {
    const filter = await readFilter(s, req);
    // A participant that submitted sees its own answer marked in the rows of its kind's tables.
    const ownCode = ownOrganisation(req, res);
    const segment = filter.errorList.length ? {} : filter.filter;
    const rows = { theme: param(req, 'theme'), withNames: isStaff(req.user!) };
    const { tables: all, own, explanations } = await buildWaveTablesFor(s, param(req, 'wave'), segment, ownCode, rows);
    const index = all.themes.findIndex((t) => t.id === param(req, 'theme'));
    if (index < 0) throw notFound();
    const theme = all.themes[index]!;
    renderWithFilter(res, 'monitor/theme', filter, {
      title: `${theme.number} ${theme.title}`,
      tables: all,
      theme,
      waveId: all.waveId,
      survey: s.surveys.get(all.surveyId),
      previous: all.themes[index - 1] ?? null,
      next: all.themes[index + 1] ?? null,
      agreements: all.agreements.filter((a) => a.themeId === theme.id),
      own,
      explanations,
    });
  });

  return r;
}
