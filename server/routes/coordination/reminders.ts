import { Router, type Request, type Response } from 'express';
import { responseStateLabels } from '../../domain/responseRates.ts';
import { notFound } from '../../http/errors.ts';
import { flash } from '../../http/setUpViews.ts';
import { defaultReminder, reminderPlaceholders } from '../../mail/templates.ts';
import type { Services } from '../../context.ts';
import { filterChoices } from '../../services/coordination/organisations.ts';
import { planReminder, selectionErrors, sendReminder, sentReminders, validateReminder, type ReminderInput } from '../../services/coordination/reminders.ts';
import { chooseWave, findWaveOr404 } from '../../services/coordination/waves.ts';
import { body, errorList } from './common.ts';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v ? [v] : []);

const inputOf = (req: Request): ReminderInput => {
  const b = req.body as Record<string, unknown>;
  return {
    waveId: body(req, 'ronde'), actorKinds: list(b.soort), province: body(req, 'provincie'), region: body(req, 'regio'),
    states: list(b.status), subject: body(req, 'onderwerp'), text: body(req, 'tekst'),
    codes: list(b.organisatie), fromWorkbench: body(req, 'werkbank') === 'ja',
  };
};

/** Reminders: select organisations, preview the message, send, and see what went out when. */
export function reminderRoutes(s: Services): Router {
  const r = Router();
  const mc = s.mail;

  async function renderForm(res: Response, input: ReminderInput, errors: Record<string, string> = {}, status = 200) {
    const { wave, waves } = await chooseWave(s, input.waveId);
    if (!wave) throw notFound();
    res.status(status).render('coordination/reminders', {
      title: 'Herinneringen', wave, waves, input: { ...input, waveId: wave.id }, errors, errorList: errorList(errors),
      actors: s.surveys.get(wave.survey_id)?.actors ?? [], stateLabels: responseStateLabels, placeholders: reminderPlaceholders,
      ...(await filterChoices(s)), sentSummary: await sentReminders(s, wave.id),
    });
  }

  /** Checks the form and works out the recipients; renders the form again when that fails. */
  async function planFrom(req: Request, res: Response) {
    const input = inputOf(req);
    const wave = await findWaveOr404(s, input.waveId);
    const actorKinds = (s.surveys.get(wave.survey_id)?.actors ?? []).map((a) => a.id);
    const errors = validateReminder(input, actorKinds);
    if (Object.keys(errors).length) return void (await renderForm(res, input, errors, 422));
    const plan = (await planReminder(s, mc, input))!;
    if (plan.recipients.length === 0) {
      const why = plan.withoutAddress.length
        ? plan.withoutAddress.length === 1
          ? 'De gekozen organisatie heeft geen actief account en geen contactadres.'
          : `De ${plan.withoutAddress.length} gekozen organisaties hebben geen actief account en geen contactadres.`
        : 'Geen enkele organisatie past bij deze keuze.';
      return void (await renderForm(res, input, { soort: `Er zijn geen ontvangers: ${why} Er is niets verstuurd.` }, 422));
    }
    return { input, plan };
  }

  // Also the target of the workbench's 'Herinnering sturen aan gekozen organisaties' (a GET form with ?organisatie=…).
  r.get('/beheer/herinneringen', async (req, res) => {
    const q = req.query as Record<string, unknown>;
    const input: ReminderInput = {
      waveId: typeof q.ronde === 'string' ? q.ronde : '', actorKinds: [], province: '', region: '',
      states: ['niet-gestart', 'bezig'], subject: defaultReminder.subject, text: defaultReminder.text,
      codes: list(q.organisatie), fromWorkbench: q.werkbank === 'ja',
    };
    const errors = selectionErrors(input);
    await renderForm(res, input, errors, Object.keys(errors).length ? 422 : 200);
  });

  // Back from the preview to the form, with everything as it was chosen and typed.
  r.post('/beheer/herinneringen', async (req, res) => {
    await renderForm(res, inputOf(req));
  });

  r.post('/beheer/herinneringen/voorbeeld', async (req, res) => {
    const planned = await planFrom(req, res);
    if (!planned) return;
    res.render('coordination/reminderPreview', { title: 'Herinnering controleren', ...planned, stateLabels: responseStateLabels });
  });

  r.post('/beheer/herinneringen/versturen', async (req, res) => {
    const planned = await planFrom(req, res);
    if (!planned) return;
    const result = await sendReminder(s, mc, planned.plan, planned.input, req.user!.id);
    flash(req, 'success', `Herinnering verstuurd naar ${result.sent} ${result.sent === 1 ? 'adres' : 'adressen'} bij ${planned.plan.recipients.length} ${planned.plan.recipients.length === 1 ? 'organisatie' : 'organisaties'}.`);
    if (result.failed.length) flash(req, 'error', `Versturen mislukt naar: ${result.failed.join(', ')}.`);
    res.redirect(303, `/beheer/herinneringen?ronde=${encodeURIComponent(planned.plan.wave.id)}`);
  });

  return r;
}
