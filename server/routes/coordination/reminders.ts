import { Router } from 'express';
import { requestedPage } from '../../domain/paging.ts';
import { responseStateLabels } from '../../domain/responseRates.ts';
import { flash } from '../../http/setUpViews.ts';
import { defaultReminder } from '../../mail/templates.ts';
import type { Services } from '../../context.ts';
import { selectionErrors, sendReminder, type ReminderInput } from '../../services/coordination/reminders.ts';
import { list } from './common.ts';
import { inputOf, planFrom, renderForm } from './reminderForm.ts';

/** Reminders: select organisations, preview the message, send, and see what went out when. */
export function reminderRoutes(s: Services): Router {
  const r = Router();
  const mc = s.mail;

  // Also the target of the workbench's 'Herinnering sturen aan gekozen organisaties' (a GET form with ?organisatie=…).
  r.get('/beheer/herinneringen', async (req, res) => {
    const q = req.query as Record<string, unknown>;
    const template = defaultReminder(mc.siteName);
    const input: ReminderInput = {
      waveId: typeof q.ronde === 'string' ? q.ronde : '', actorKinds: [], province: '', region: '',
      states: ['niet-gestart', 'bezig'], subject: template.subject, text: template.text,
      codes: list(q.organisatie), fromWorkbench: q.werkbank === 'ja',
    };
    const errors = selectionErrors(input);
    await renderForm(s, res, input, errors, Object.keys(errors).length ? 422 : 200, requestedPage(q.pagina));
  });

  // Back from the preview to the form, with everything as it was chosen and typed.
  r.post('/beheer/herinneringen', async (req, res) => {
    await renderForm(s, res, inputOf(req));
  });

  r.post('/beheer/herinneringen/voorbeeld', async (req, res) => {
    const planned = await planFrom(s, req, res);
    if (!planned) return;
    res.render('coordination/reminderPreview', { title: 'Herinnering controleren', ...planned, stateLabels: responseStateLabels });
  });

  r.post('/beheer/herinneringen/versturen', async (req, res) => {
    const planned = await planFrom(s, req, res);
    if (!planned) return;
    const result = await sendReminder(s, mc, planned.plan, planned.input, req.user!.id);
    const organisations = planned.plan.recipients.length;
    const addresses = `${result.sent} ${result.sent === 1 ? 'adres' : 'adressen'}`;
    const where = `${organisations} ${organisations === 1 ? 'organisatie' : 'organisaties'}`;
    flash(req, 'success', `Herinnering verstuurd naar ${addresses} bij ${where}.`);
    if (result.failed.length) flash(req, 'error', `Versturen mislukt naar: ${result.failed.join(', ')}.`);
    res.redirect(303, `/beheer/herinneringen?ronde=${encodeURIComponent(planned.plan.wave.id)}`);
  });

  return r;
}
