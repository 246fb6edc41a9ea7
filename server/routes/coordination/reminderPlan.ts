import { Router, type Request, type Response } from 'express';
import { requestedPage } from '../../domain/paging.ts';
import { responseStateLabels } from '../../domain/responseRates.ts';
import type { Wave } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { param } from '../../http/guards.ts';
import { flash } from '../../http/setUpViews.ts';
import { defaultReminder, reminderPlaceholders } from '../../mail/templates.ts';
import type { Services } from '../../context.ts';
import { findWaveOr404 } from '../../services/coordination/waves.ts';
import {
  addStep, changeStep, planStates, reminderPlan, removeStep, stepOfWave, type StepInput,
} from '../../services/reminderPlan/plan.ts';
import { body, errorList, query } from './common.ts';
import { list } from './reminderForm.ts';

const inputOf = (req: Request): StepInput => ({
  dagen: body(req, 'dagen'), states: list((req.body as Record<string, unknown>).status),
  subject: body(req, 'onderwerp'), text: body(req, 'tekst'),
});

/** A new step starts from the default reminder, signed with the site's name. */
const blank = (site: string): StepInput => {
  const { subject, text } = defaultReminder(site);
  return { dagen: '', states: ['niet-gestart', 'bezig'], subject, text };
};

/** A wave's reminder plan (issue 16, point 4): its steps, a form to add one, and what went out. */
export function reminderPlanRoutes(s: Services): Router {
  const r = Router();
  const base = (wave: Wave) => `/beheer/rondes/${encodeURIComponent(wave.id)}/herinneringsplan`;
  const shared = { stateLabels: responseStateLabels, planStates, placeholders: reminderPlaceholders };

  async function renderPlan(req: Request, res: Response, wave: Wave, input: StepInput, errors: Record<string, string> = {}, status = 200) {
    res.status(status).render('coordination/reminderPlan', {
      title: `Herinneringsplan ${wave.title}`, wave, input, errors, errorList: errorList(errors), base: base(wave),
      ...(await reminderPlan(s, wave, { status: query(req, 'resultaat'), q: query(req, 'zoek') }, requestedPage(req.query.pagina))),
      ...shared,
    });
  }

  const stepOr404 = async (req: Request, wave: Wave) => {
    const step = await stepOfWave(s, wave, Number(param(req, 'step')));
    if (!step) throw notFound();
    return step;
  };

  r.get('/beheer/rondes/:wave/herinneringsplan', async (req, res) => {
    await renderPlan(req, res, await findWaveOr404(s, param(req, 'wave')), blank(s.mail.siteName));
  });

  r.post('/beheer/rondes/:wave/herinneringsplan', async (req, res) => {
    const wave = await findWaveOr404(s, param(req, 'wave'));
    const input = inputOf(req);
    const result = await addStep(s, wave, input, req.user!.id);
    if (!result.ok) return renderPlan(req, res, wave, input, result.errors, 422);
    flash(req, 'success', result.message);
    res.redirect(303, base(wave));
  });

  const renderStep = (res: Response, wave: Wave, id: number, input: StepInput, errors: Record<string, string> = {}, status = 200) =>
    res.status(status).render('coordination/reminderPlanStep', {
      title: 'Stap van het herinneringsplan wijzigen', wave, id, input, errors, errorList: errorList(errors), base: base(wave), ...shared,
    });

  r.get('/beheer/rondes/:wave/herinneringsplan/:step', async (req, res) => {
    const wave = await findWaveOr404(s, param(req, 'wave'));
    const step = await stepOr404(req, wave);
    if (step.status !== 'gepland') {
      flash(req, 'error', 'Deze stap is al uitgevoerd en kan niet meer worden gewijzigd.');
      return res.redirect(303, base(wave));
    }
    renderStep(res, wave, step.id, { dagen: String(step.daysBefore), states: step.states, subject: step.subject, text: step.text });
  });

  r.post('/beheer/rondes/:wave/herinneringsplan/:step', async (req, res) => {
    const wave = await findWaveOr404(s, param(req, 'wave'));
    const step = await stepOr404(req, wave);
    const input = inputOf(req);
    const result = await changeStep(s, wave, step.id, input);
    if (!result.ok) return renderStep(res, wave, step.id, input, result.errors, 422);
    flash(req, 'success', result.message);
    res.redirect(303, base(wave));
  });

  r.post('/beheer/rondes/:wave/herinneringsplan/:step/verwijderen', async (req, res) => {
    const wave = await findWaveOr404(s, param(req, 'wave'));
    const step = await stepOr404(req, wave);
    const result = await removeStep(s, step.id);
    flash(req, result.ok ? 'success' : 'error', result.ok ? result.message : Object.values(result.errors).join(' '));
    res.redirect(303, base(wave));
  });

  return r;
}
