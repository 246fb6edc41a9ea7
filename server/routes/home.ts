import { Router } from 'express';
import { listWaves } from '../db/repos/waves.ts';
import { fieldworkState } from '../domain/fieldwork.ts';
import { findOrganisation } from '../db/repos/organisations.ts';
import type { Services } from '../services/context.ts';
import { wavesAnsweredBy } from '../services/surveyWaves.ts';

export function homeRoutes(s: Services): Router {
  const r = Router();
  r.get('/', async (req, res) => {
    if (!req.user) return res.redirect('/inloggen');
    const organisation = req.user.organisationCode ? await findOrganisation(s.db, req.user.organisationCode) : null;
    // A respondent sees the waves of the surveys their organisation answers; staff see all.
    const all = organisation ? await wavesAnsweredBy(s, organisation.actor_kind) : await listWaves(s.db);
    const waves = all.map((w) => ({ ...w, fieldwork: fieldworkState(w, s.now()) }));
    res.render('home', { title: 'Afsprakenmonitor', waves, organisation });
  });
  return r;
}
