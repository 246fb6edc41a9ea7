import { Router } from 'express';
import { listWaves } from '../db/repos/waves.ts';
import { fieldworkState } from '../domain/fieldwork.ts';
import { findOrganisation } from '../db/repos/organisations.ts';
import type { Services } from '../services/context.ts';

export function homeRoutes(s: Services): Router {
  const r = Router();
  r.get('/', async (req, res) => {
    if (!req.user) return res.redirect('/inloggen');
    const waves = (await listWaves(s.db)).map((w) => ({ ...w, fieldwork: fieldworkState(w, s.now()) }));
    const organisation = req.user.organisationCode ? await findOrganisation(s.db, req.user.organisationCode) : null;
    res.render('home', { title: 'Afsprakenmonitor', waves, organisation });
  });
  return r;
}
