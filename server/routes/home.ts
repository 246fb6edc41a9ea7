import { Router } from 'express';
import type { Services } from '../context.ts';
import { homeWaves } from '../services/surveyWaves.ts';

export function homeRoutes(s: Services): Router {
  const r = Router();
  r.get('/', async (req, res) => {
    if (!req.user) return res.redirect('/inloggen');
    const { organisation, waves } = await homeWaves(s, req.user.organisationCode);
    res.render('home', { title: 'Startpagina', waves, organisation });
  });
  return r;
}
