/** The routes of the monitor waves: the list, the form for a new wave and the form of one wave (waveForm.ts). */
import { Router } from 'express';
import { fieldworkState } from '../../domain/fieldwork.ts';
import { param, requireRole } from '../../http/guards.ts';
import { flash } from '../../http/setUpViews.ts';
import type { Services } from '../../context.ts';
import { waveStateLabels } from '../../services/coordination/waveInput.ts';
import { changeWave, createWave } from '../../services/coordination/waveSave.ts';
import { chooseWave, findWaveOr404, formValuesOf } from '../../services/coordination/waves.ts';
import { isAdmin } from './common.ts';
import { formInput, newWaveValues, waveFormView } from './waveForm.ts';

/** Monitor waves: beheerders create them; coordinators open and close fieldwork and move its dates. */
export function waveRoutes(s: Services): Router {
  const r = Router();
  const renderForm = waveFormView(s);

  r.get('/beheer/rondes', async (_req, res) => {
    const { waves } = await chooseWave(s, undefined);
    res.render('coordination/waves', {
      title: 'Monitorrondes',
      waves: waves.map((w) => ({ ...w, fieldwork: fieldworkState(w, s.now()) })),
      stateLabels: waveStateLabels,
    });
  });

  r.get('/beheer/rondes/nieuw', requireRole('admin'), async (req, res) => {
    const { waves } = await chooseWave(s, undefined);
    // ?vragenlijst= fills the form from that definition: a GET, so without JS too.
    await renderForm(req, res, newWaveValues(s, req, waves), true);
  });

  r.post('/beheer/rondes', requireRole('admin'), async (req, res) => {
    const result = await createWave(s, formInput(req));
    if (!result.ok) return renderForm(req, res, result.values, true, result.errors, 422);
    flash(req, 'success', `De ronde ${result.wave.title} is aangemaakt.`);
    res.redirect(303, '/beheer/rondes');
  });

  r.get('/beheer/rondes/:wave', async (req, res) => {
    const wave = await findWaveOr404(s, param(req, 'wave'));
    await renderForm(req, res, formValuesOf(wave), false);
  });

  r.post('/beheer/rondes/:wave', async (req, res) => {
    const wave = await findWaveOr404(s, param(req, 'wave'));
    const result = await changeWave(s, wave, formInput(req), isAdmin(req));
    if (!result.ok) return renderForm(req, res, { ...result.values, id: wave.id, surveyId: wave.survey_id }, false, result.errors, 422);
    flash(req, 'success', ['De ronde is opgeslagen.', result.note].filter(Boolean).join(' '));
    res.redirect(303, '/beheer/rondes');
  });

  return r;
}
