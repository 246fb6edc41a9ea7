import type { Request, Response } from 'express';
import { pageOf } from '../../domain/paging.ts';
import { responseStateLabels } from '../../domain/responseRates.ts';
import { notFound } from '../../http/errors.ts';
import { reminderPlaceholders } from '../../mail/templates.ts';
import type { Services } from '../../context.ts';
import { filterChoices } from '../../services/coordination/organisations.ts';
import { planReminder, sentReminders, validateReminder, type ReminderInput } from '../../services/coordination/reminders.ts';
import { chooseWave, findWaveOr404 } from '../../services/coordination/waves.ts';
import { body, errorList, list } from './common.ts';

// What went out, per organisation: up to every organisation of the wave, so 50 a page (issue 16).
const sentPage = <T>(rows: T[], page: number) => {
  const { rows: sentSummary, ...sentPager } = pageOf(rows, page);
  return { sentSummary, sentPager };
};

export const inputOf = (req: Request): ReminderInput => {
  const b = req.body as Record<string, unknown>;
  return {
    waveId: body(req, 'ronde'), actorKinds: list(b.soort), province: body(req, 'provincie'), region: body(req, 'regio'),
    states: list(b.status), subject: body(req, 'onderwerp'), text: body(req, 'tekst'),
    codes: list(b.organisatie), fromWorkbench: body(req, 'werkbank') === 'ja',
  };
};

export async function renderForm(
  s: Services, res: Response, input: ReminderInput, errors: Record<string, string> = {}, status = 200, page = 1,
) {
  const { wave, waves } = await chooseWave(s, input.waveId);
  if (!wave) throw notFound();
  res.status(status).render('coordination/reminders', {
    title: 'Herinneringen', wave, waves, input: { ...input, waveId: wave.id }, errors, errorList: errorList(errors),
    actors: s.surveys.get(wave.survey_id)?.actors ?? [], stateLabels: responseStateLabels, placeholders: reminderPlaceholders,
    ...(await filterChoices(s)), ...sentPage(await sentReminders(s, wave.id), page),
  });
}

/** Checks the form and works out the recipients; renders the form again when that fails. */
export async function planFrom(s: Services, req: Request, res: Response) {
  const input = inputOf(req);
  const wave = await findWaveOr404(s, input.waveId);
  const actorKinds = (s.surveys.get(wave.survey_id)?.actors ?? []).map((a) => a.id);
  const errors = validateReminder(input, actorKinds);
  if (Object.keys(errors).length) return void (await renderForm(s, res, input, errors, 422));
  const plan = (await planReminder(s, s.mail, input))!;
  if (plan.recipients.length === 0) {
    const why = plan.withoutAddress.length
      ? plan.withoutAddress.length === 1
        ? 'De gekozen organisatie heeft geen actief account en geen contactadres.'
        : `De ${plan.withoutAddress.length} gekozen organisaties hebben geen actief account en geen contactadres.`
      : 'Geen enkele organisatie past bij deze keuze.';
    return void (await renderForm(s, res, input, { soort: `Er zijn geen ontvangers: ${why} Er is niets verstuurd.` }, 422));
  }
  return { input, plan };
}
