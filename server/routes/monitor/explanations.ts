// The monitor page 'Toelichtingen': explanations filtered and paged on the server.
import { Router } from 'express';
import { isStaff } from '../../domain/monitor/access.ts';
import { requestedPage } from '../../domain/paging.ts';
import { param } from '../../http/guards.ts';
import type { Services } from '../../context.ts';
import { explanationsFor } from '../../services/monitorDashboards.ts';
import { readFilter, renderWithFilter } from './filter.ts';
import { query as queryValue } from '../requestValues.ts';

/** GET /monitor/:wave/toelichtingen (access checked by the caller). */
export function explanationRoutes(s: Services): Router {
  const r = Router();

  // Filtered by theme, party, question, answer, words and the monitor's dimensions; paged on the server.
  r.get('/monitor/:wave/toelichtingen', async (req, res) => {
    const waveId = param(req, 'wave');
    const staff = isStaff(req.user!);
    const filter = await readFilter(s, req);
    const values = {
      thema: queryValue(req, 'thema'), partij: queryValue(req, 'partij'), zoek: queryValue(req, 'zoek').slice(0, 200),
      vraag: queryValue(req, 'vraag'), antwoord: queryValue(req, 'antwoord'),
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
