/** The reminder plan's form and pages, shared by its GET pages and by the POST handlers that show errors. */
import type { Request, Response } from 'express';
import { requestedPage } from '../../domain/paging.ts';
import { responseStateLabels } from '../../domain/responseRates.ts';
import type { Wave } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { idParam } from '../../http/guards.ts';
import { defaultReminder, reminderPlaceholders } from '../../mail/templates.ts';
import type { Services } from '../../context.ts';
import { planStates, reminderPlan, stepOfWave, type StepInput } from '../../services/reminderPlan/plan.ts';
import { body, errorList, list, query } from './common.ts';

export const inputOf = (req: Request): StepInput => ({
  dagen: body(req, 'dagen'), states: list((req.body as Record<string, unknown>).status),
  subject: body(req, 'onderwerp'), text: body(req, 'tekst'),
});

/** A new step starts from the default reminder, signed with the site's name. */
export const blank = (site: string): StepInput => {
  const { subject, text } = defaultReminder(site);
  return { dagen: '', states: ['niet-gestart', 'bezig'], subject, text };
};

export const planBase = (wave: Wave) => `/beheer/rondes/${encodeURIComponent(wave.id)}/herinneringsplan`;

/** The plan page, the step page and the step a URL names (404 when it is not this wave's). */
export function planViews(s: Services) {
  const shared = { stateLabels: responseStateLabels, planStates, placeholders: reminderPlaceholders };

  async function renderPlan(req: Request, res: Response, wave: Wave, input: StepInput, errors: Record<string, string> = {}, status = 200) {
    res.status(status).render('coordination/reminderPlan', {
      title: `Herinneringsplan ${wave.title}`, wave, input, errors, errorList: errorList(errors), base: planBase(wave),
      ...(await reminderPlan(s, wave, { status: query(req, 'resultaat'), q: query(req, 'zoek') }, requestedPage(req.query.pagina))),
      ...shared,
    });
  }

  const renderStep = (res: Response, wave: Wave, id: number, input: StepInput, errors: Record<string, string> = {}, status = 200) =>
    res.status(status).render('coordination/reminderPlanStep', {
      title: 'Stap van het herinneringsplan wijzigen', wave, id, input, errors, errorList: errorList(errors), base: planBase(wave),
      ...shared,
    });

  const stepOr404 = async (req: Request, wave: Wave) => {
    const step = await stepOfWave(s, wave, idParam(req, 'step'));
    if (!step) throw notFound();
    return step;
  };

  return { renderPlan, renderStep, stepOr404 };
}
