import { Router } from 'express';
import { flash } from '../../http/setUpViews.ts';
import { assertCanEdit } from '../../http/guards.ts';
import { messages } from '../../messages.ts';
import { questionViews } from '../../presenters/questionView.ts';
import type { Services } from '../../context.ts';
import { submitResponse } from '../../services/responseState.ts';
import { openAtSubmitOf } from '../../survey/model.ts';
import { base, load, pageLocals } from './page.ts';

/** Review the answers, submit them, and the page after submitting. */
export function reviewRoutes(s: Services): Router {
  const r = Router();

  r.get('/vragenlijst/:wave/:org/controleren', async (req, res) => {
    const v = await load(s, req);
    const actor = v.organisation.actor_kind;
    // Open required questions: those the definition says must be answered refuse the submit; the rest are confirmed.
    const { blocking, toConfirm } = openAtSubmitOf(v.survey, actor, v.answers);
    const missing = new Set([...blocking, ...toConfirm].map((q) => q.id));
    const mustAnswer = new Set(blocking.map((q) => q.id));
    const items = questionViews(v.survey, actor, null, { answers: v.answers });
    // After a refused submit (redirected here, so a refresh never posts again): the reason, above the answers.
    const refused = req.query.indienen === 'mislukt';
    // (Other reasons, such as a closed fieldwork, come as a message of their own.)
    const submitError = refused && v.editable && mustAnswer.size ? messages.submitMissing(mustAnswer.size)
      : refused && v.editable && v.carried.length ? messages.lastYear.unconfirmed(v.carried.length) : null;
    // The submit step asks to confirm submitting with open questions (redirected here, as a refusal is).
    const confirming = req.query.indienen === 'bevestigen' && v.editable && !mustAnswer.size && toConfirm.length > 0;
    // Copies from last year already confirmed in the step before (issue 17): the confirm step passes it on.
    const carriedConfirmed = req.query.overgenomen === 'ja';
    const title = submitError ? 'Fout: controleer uw antwoorden' : confirming ? 'Indienen met open vragen?' : 'Controleer uw antwoorden';
    const carried = items.filter((i) => v.carried.includes(i.question.id));
    res.render('questionnaire/review', {
      ...pageLocals(v, req), title, items, missing, mustAnswer, submitError, confirming, carried, carriedConfirmed,
    });
  });

  r.post('/vragenlijst/:wave/:org/indienen', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const b = (req.body ?? {}) as Record<string, unknown>;
    const confirmCarried = b.bevestigOvergenomen === 'ja';
    const confirmOpen = b.bevestigd === '1';
    const result = await submitResponse(s, v.wave.id, v.organisation.code, req.user!.id, { confirmOpen, confirmCarried });
    // The wave asks for sign-off: offered, and the start page says what happens next.
    if (result.ok && result.offered) {
      flash(req, 'success', messages.signOff.offered);
      return res.redirect(303, base(v));
    }
    if (result.ok) {
      flash(req, 'success', messages.submitted);
      return res.redirect(303, `${base(v)}/ingediend`);
    }
    if (result.open?.length) {
      return res.redirect(303, `${base(v)}/controleren?indienen=bevestigen${confirmCarried ? '&overgenomen=ja' : ''}#bevestigen`);
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
