import { Router, type Request, type Response } from 'express';
import { canSignOff } from '../../auth/roles.ts';
import { HttpError } from '../../http/errors.ts';
import { flash } from '../../http/setUpViews.ts';
import { messages } from '../../messages.ts';
import { questionViews } from '../../presenters/questionView.ts';
import type { Services } from '../../context.ts';
import { lastStateEvent } from '../../services/responseEvents.ts';
import type { ResponseView } from '../../services/responseView.ts';
import { approvalProblem, fourEyes } from '../../services/signOff.ts';
import { approveResponse, REMARK_MAX, sendBackResponse } from '../../services/signOffDecisions.ts';
import { base, load, pageLocals } from './page.ts';

/**
 * The vaststeller's page (issue 16, point 7): the answers offered for sign-off, 'Vaststellen', and
 * 'Terugsturen' with a remark. Only a vaststeller of the organisation comes here (403 for anyone else);
 * the forms are plain posts, so the page works without JavaScript.
 */
export function signOffRoutes(s: Services): Router {
  const r = Router();

  interface Form { remark: string; error: string | null; remarkError: string | null }

  async function render(req: Request, res: Response, v: ResponseView, form: Form, status = 200) {
    const items = questionViews(v.survey, v.organisation.actor_kind, null, { answers: v.answers });
    const event = await lastStateEvent(s, v);
    const offeredBy = v.offered && event?.event === 'aangeboden' ? event.email : null;
    const problem = approvalProblem(v, req.user!);
    const failed = Boolean(form.error || form.remarkError);
    res.status(status).render('questionnaire/signOff', {
      ...pageLocals(v, req), title: failed ? 'Fout: vragenlijst vaststellen' : 'Vragenlijst vaststellen',
      items, offeredBy, fourEyes: fourEyes(v), approvalBlocked: problem?.message ?? null, remarkMax: REMARK_MAX, ...form,
    });
  }

  const guard = (req: Request, v: ResponseView) => {
    // A role fault: 403 with a message that says who can do this.
    if (!canSignOff(req.user!, v.organisation.code)) throw new HttpError(403, messages.signOff.notAllowed);
  };
  const text = (req: Request, name: string) => {
    const x = (req.body as Record<string, unknown>)[name];
    return typeof x === 'string' ? x : '';
  };

  r.get('/vragenlijst/:wave/:org/vaststellen', async (req, res) => {
    const v = await load(s, req);
    guard(req, v);
    await render(req, res, v, { remark: '', error: null, remarkError: null });
  });

  r.post('/vragenlijst/:wave/:org/vaststellen', async (req, res) => {
    const v = await load(s, req);
    guard(req, v);
    const result = await approveResponse(s, v.wave.id, v.organisation.code, req.user!);
    if (result.ok) {
      flash(req, 'success', result.message);
      return res.redirect(303, `${base(v)}/ingediend`);
    }
    await render(req, res, v, { remark: '', error: result.message, remarkError: null }, result.status);
  });

  r.post('/vragenlijst/:wave/:org/terugsturen', async (req, res) => {
    const v = await load(s, req);
    guard(req, v);
    const remark = text(req, 'opmerking');
    const result = await sendBackResponse(s, v.wave.id, v.organisation.code, req.user!, remark);
    if (result.ok) {
      flash(req, 'success', result.message);
      return res.redirect(303, base(v));
    }
    // What was typed stays in the field, with the message beside it.
    const form = result.field ? { remark, error: null, remarkError: result.message } : { remark, error: result.message, remarkError: null };
    await render(req, res, v, form, result.status);
  });

  return r;
}
