import { Router } from 'express';
import { flash } from '../../http/setUpViews.ts';
import { assertCanEdit } from '../../http/guards.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';
import { reopenResponse } from '../../services/responseReopen.ts';
import { base, load, pageLocals } from './page.ts';

/** Reopen a submitted response. */
export function reopenRoutes(s: Services): Router {
  const r = Router();

  // Reopening is confirmed on its own page, which says what it means for the monitor.
  r.get('/vragenlijst/:wave/:org/heropenen', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    if (!v.submitted || v.fieldwork !== 'open') return res.redirect(303, base(v));
    res.render('questionnaire/reopen', { ...pageLocals(v, req), title: 'Vragenlijst heropenen?' });
  });

  r.post('/vragenlijst/:wave/:org/heropenen', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const result = await reopenResponse(s, v.wave.id, v.organisation.code, req.user!.id);
    flash(req, result.ok ? 'success' : 'error', result.ok ? messages.reopened : result.message);
    res.redirect(303, base(v));
  });

  return r;
}
