import { Router } from 'express';
import { flash } from '../../http/setUpViews.ts';
import { assertCanEdit } from '../../http/guards.ts';
import { messages } from '../../messages.ts';
import { questionViews } from '../../presenters/questionView.ts';
import type { Services } from '../../context.ts';
import { submitResponse } from '../../services/responseState.ts';
import { missingRequired } from '../../survey/model.ts';
import { base, load, pageLocals } from './page.ts';

/** Review the answers, submit them, and the page after submitting. */
export function reviewRoutes(s: Services): Router {
  const r = Router();

  r.get('/vragenlijst/:wave/:org/controleren', async (req, res) => {
    const v = await load(s, req);
    const actor = v.organisation.actor_kind;
    const missing = new Set(missingRequired(v.survey, actor, v.answers).map((q) => q.id));
    const items = questionViews(v.survey, actor, null, { answers: v.answers });
    // After a refused submit (redirected here, so a refresh never posts again): the reason, above the answers.
    const refused = req.query.indienen === 'mislukt';
    // (Other reasons, such as a closed fieldwork, come as a message of their own.)
    const submitError = refused && v.editable && missing.size ? messages.submitMissing(missing.size)
      : refused && v.editable && v.carried.length ? messages.lastYear.unconfirmed(v.carried.length) : null;
    const title = submitError ? 'Fout: controleer uw antwoorden' : 'Controleer uw antwoorden';
    const carried = items.filter((i) => v.carried.includes(i.question.id));
    res.render('questionnaire/review', { ...pageLocals(v, req), title, items, missing, submitError, carried });
  });

  r.post('/vragenlijst/:wave/:org/indienen', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const confirmCarried = (req.body as Record<string, unknown>).bevestigOvergenomen === 'ja';
    const result = await submitResponse(s, v.wave.id, v.organisation.code, req.user!.id, { confirmCarried });
    if (result.ok) {
      flash(req, 'success', messages.submitted);
      return res.redirect(303, `${base(v)}/ingediend`);
    }
    // Redirect after the post: the review page shows why (refreshing it never submits again).
    if (!result.missing?.length && !result.carried?.length) flash(req, 'error', result.message);
    res.redirect(303, `${base(v)}/controleren?indienen=mislukt`);
  });

  r.get('/vragenlijst/:wave/:org/ingediend', async (req, res) => {
    const v = await load(s, req);
    res.render('questionnaire/submitted', { ...pageLocals(v, req), title: 'Vragenlijst ingediend' });
  });

  return r;
}
