import { Router } from 'express';
import type { Services } from '../../context.ts';
import { currentWaveFor } from '../../services/surveyWaves.ts';
import { lastChange, lastStateEvent } from '../../services/responseEvents.ts';
import { progressByTheme } from '../../survey/progress.ts';
import { load, pageLocals } from './page.ts';

/** GET /vragenlijst (to the current wave) and the start page of one response. */
export function startRoutes(s: Services): Router {
  const r = Router();

  // The organisation's current wave: the open one, else the most recent.
  r.get('/vragenlijst', async (req, res) => {
    const org = req.user!.organisationCode;
    if (!org) return res.redirect('/');
    // Only the waves of a survey the organisation's kind answers (surveys run side by side).
    const wave = await currentWaveFor(s, org);
    res.redirect(`/vragenlijst/${wave.id}/${org}`);
  });

  r.get('/vragenlijst/:wave/:org', async (req, res) => {
    const v = await load(s, req);
    const progress = progressByTheme(v.survey, v.organisation.actor_kind, v.answers);
    // The status block says who last submitted or reopened, and when.
    const lastEvent = await lastStateEvent(s, v);
    res.render('questionnaire/start', {
      ...pageLocals(v, req), title: v.survey.title, progress, lastEvent, lastChange: await lastChange(s, v),
    });
  });

  return r;
}
