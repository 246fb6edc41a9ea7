import { Router } from 'express';
import { questionViews } from '../../presenters/questionView.ts';
import type { Services } from '../../context.ts';
import { load, pageLocals } from './page.ts';

/** The printable page of all answers. */
export function printRoutes(s: Services): Router {
  const r = Router();

  r.get('/vragenlijst/:wave/:org/afdrukken', async (req, res) => {
    const v = await load(s, req);
    const items = questionViews(v.survey, v.organisation.actor_kind, null, { answers: v.answers });
    const title = `Antwoorden ${v.organisation.name}`;
    res.render('questionnaire/print', { ...pageLocals(v, req), title, items, printedAt: s.now().toISOString() });
  });

  return r;
}
