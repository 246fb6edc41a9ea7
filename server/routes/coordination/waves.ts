import { Router, type Request } from 'express';
import { fieldworkState } from '../../domain/fieldwork.ts';
import { param, requireRole } from '../../http/guards.ts';
import { flash } from '../../http/setUpViews.ts';
import type { Services } from '../../context.ts';
import { waveStateLabels, type WaveFormValues } from '../../services/coordination/waveInput.ts';
import {
  chooseWave, changeWave, createWave, defaultPrevious, findWaveOr404, formValuesOf, previousChoices,
} from '../../services/coordination/waves.ts';
import { body, errorList, isAdmin } from './common.ts';

const formInput = (req: Request): WaveFormValues => ({
  id: body(req, 'id').trim(),
  surveyId: body(req, 'surveyId'),
  title: body(req, 'title'),
  opensOn: body(req, 'opensOn'),
  closesOn: body(req, 'closesOn'),
  referenceDate: body(req, 'referenceDate'),
  state: body(req, 'state'),
  // A checkbox sends nothing when unticked: the hidden field says the form showed it.
  ...(body(req, 'namedComparisonShown') ? { namedComparison: body(req, 'namedComparison') === 'ja' } : {}),
  // Sign-off (issue 16, point 7): on the form of beheerders only; changeWave ignores it from a coordinator.
  ...(body(req, 'signOffShown')
    ? { signOffRequired: body(req, 'signOffRequired') === 'ja', signOffFourEyes: body(req, 'signOffFourEyes') === 'ja' } : {}),
  ...(body(req, 'previousShown') ? { previousWaveId: body(req, 'previousWaveId') } : {}),
});

/** Monitor waves: beheerders create them; coordinators open and close fieldwork and move its dates. */
export function waveRoutes(s: Services): Router {
  const r = Router();
  const surveys = () => [...s.surveys.values()].map((x) => ({ id: x.id, title: x.title }));
  const renderForm = (
    req: Request,
    res: import('express').Response,
    v: WaveFormValues,
    creating: boolean,
    errors: Record<string, string> = {},
    status = 200,
  ) => chooseWave(s, undefined).then(({ waves }) =>
    res.status(status).render('coordination/waveForm', {
      title: creating ? 'Nieuwe monitorronde' : `Ronde ${v.title}`,
      v,
      creating,
      admin: isAdmin(req),
      errors,
      errorList: errorList(errors),
      surveys: surveys(),
      stateLabels: waveStateLabels,
      // A new wave may follow any wave (the service checks the survey); an existing one those of its survey.
      previousWaves: (creating ? waves : previousChoices(s, waves, v.surveyId, v.id)).map((w) => ({ id: w.id, title: w.title })),
    }));

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
    // ?vragenlijst= fills the form from that definition (its title, dates and reference date): a GET, so without JS too.
    const asked = typeof req.query.vragenlijst === 'string' ? s.surveys.get(req.query.vragenlijst) : undefined;
    const first = asked ?? [...s.surveys.values()][0];
    const next = asked && !waves.some((w) => w.id === asked.id) ? asked : undefined;
    await renderForm(
      req,
      res,
      {
        id: next?.id ?? '',
        surveyId: first?.id ?? '',
        title: first?.title ?? '',
        opensOn: first?.fieldwork.opens ?? '',
        closesOn: first?.fieldwork.closes ?? '',
        referenceDate: first?.referenceDate ?? '',
        state: 'concept',
        namedComparison: true,
        signOffRequired: false,
        signOffFourEyes: false,
        previousWaveId: first ? defaultPrevious(s, waves, first.id) : '',
      },
      true,
    );
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
