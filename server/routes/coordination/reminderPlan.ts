/** The routes of a wave's reminder plan; its form and pages are in reminderPlanViews.ts. */
import { Router } from 'express';
import { param } from '../../http/guards.ts';
import { flash } from '../../http/setUpViews.ts';
import type { Services } from '../../context.ts';
import { findWaveOr404 } from '../../services/coordination/waves.ts';
import { addStep, changeStep, removeStep } from '../../services/reminderPlan/planEdits.ts';
import { blank, inputOf, planBase as base, planViews } from './reminderPlanViews.ts';

/** A wave's reminder plan (issue 16, point 4): its steps, a form to add one, and what went out. */
export function reminderPlanRoutes(s: Services): Router {
  const r = Router();
  const { renderPlan, renderStep, stepOr404 } = planViews(s);

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
