import { Router, type NextFunction, type Request, type Response } from 'express';
import { canEditResponse } from '../../auth/roles.ts';
import { assertCanEdit } from '../../http/guards.ts';
import { flash } from '../../http/setUpViews.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';
import { lastYearFor } from '../../services/lastYear.ts';
import { confirmCarried, copyLastYear } from '../../services/lastYearCopy.ts';
import { targetFor } from '../responseRequest.ts';
import { base, load } from './page.ts';

const posted = (raw: unknown): string[] =>
  (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((x): x is string => typeof x === 'string');

/**
 * Last year's answers (issue 17): shown on the start, theme and review pages (res.locals.lastYear,
 * read before those routes), copied with one action, confirmed with the theme form's boxes.
 * Everything goes through `load`, which checks that the user may see this organisation.
 */
export function lastYearRoutes(s: Services): Router {
  const r = Router();

  // The page's own route reads the response; here only its wave and organisation, unless boxes were ticked.
  const show = async (req: Request, res: Response, next: NextFunction) => {
    const target = await targetFor(s, req);
    res.locals.lastYear = await lastYearFor(s, target);
    // The theme form's 'bevestigen' boxes: confirmed before the answers are saved (a changed answer counts anyway).
    const ticked = req.method === 'POST' ? posted((req.body as Record<string, unknown>).bevestigd) : [];
    if (ticked.length && canEditResponse(req.user!, target.organisation.code)) await confirmCarried(s, await load(s, req), ticked);
    next();
  };
  r.get(['/vragenlijst/:wave/:org', '/vragenlijst/:wave/:org/thema/:theme', '/vragenlijst/:wave/:org/controleren'], show);
  r.post('/vragenlijst/:wave/:org/thema/:theme', show);

  r.post('/vragenlijst/:wave/:org/vorig-jaar', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const result = await copyLastYear(s, v, req.user!.id);
    flash(req, result.ok ? 'success' : 'error', result.ok ? messages.lastYear.copied(result.copied) : result.message);
    res.redirect(303, base(v));
  });

  r.post('/vragenlijst/:wave/:org/vorig-jaar/bevestigen', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const n = await confirmCarried(s, v);
    flash(req, 'success', messages.lastYear.confirmed(n));
    res.redirect(303, base(v));
  });

  return r;
}
