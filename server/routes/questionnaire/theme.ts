import { Router } from 'express';
import { param } from '../../http/guards.ts';
import { notFound } from '../../http/errors.ts';
import { messages } from '../../messages.ts';
import { postedBases, themeInput } from '../../services/themeSave.ts';
import type { Services } from '../../context.ts';
import { themesFor } from '../../survey/model.ts';
import { load } from './page.ts';
import { renderTheme } from './themeRender.ts';

/** GET of one theme's form (its POST is in themeSave.ts). */
export function themeRoutes(s: Services): Router {
  const r = Router();

  r.get('/vragenlijst/:wave/:org/thema/:theme', async (req, res) => {
    const v = await load(s, req);
    const theme = param(req, 'theme');
    if (!themesFor(v.survey, v.organisation.actor_kind).some((t) => t.id === theme)) throw notFound();
    const pending = req.session.pendingForm;
    if (pending && pending.path === req.originalUrl) {
      // Back after an expired session or form token: show what was typed, not yet saved, on its old bases.
      delete req.session.pendingForm;
      const body = pending.body;
      const version = Number(body.version ?? v.version);
      const raw = themeInput(v, theme, body);
      return renderTheme(res, req, v, theme, { answers: v.answers, raw, bases: postedBases(body), version, notice: messages.formRestored });
    }
    renderTheme(res, req, v, theme, { answers: v.answers, version: v.version });
  });

  return r;
}
