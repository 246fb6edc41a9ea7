/** The wave form: reading what was posted, the values a new wave starts with, and rendering it. */
import type { Request, Response } from 'express';
import type { Wave } from '../../db/schema.ts';
import type { Services } from '../../context.ts';
import { waveStateLabels, type WaveFormValues } from '../../services/coordination/waveInput.ts';
import { chooseWave, defaultPrevious, previousChoices } from '../../services/coordination/waves.ts';
import { body, errorList, isAdmin } from './common.ts';

export const formInput = (req: Request): WaveFormValues => ({
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

/** A new wave's form, filled from the definition ?vragenlijst= names (its title, dates and reference date), else the first. */
export function newWaveValues(s: Services, req: Request, waves: Wave[]): WaveFormValues {
  const asked = typeof req.query.vragenlijst === 'string' ? s.surveys.get(req.query.vragenlijst) : undefined;
  const first = asked ?? [...s.surveys.values()][0];
  const next = asked && !waves.some((w) => w.id === asked.id) ? asked : undefined;
  return {
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
  };
}

/** Renders the wave form, new or existing, with the waves it may follow. */
export function waveFormView(s: Services) {
  const surveys = () => [...s.surveys.values()].map((x) => ({ id: x.id, title: x.title }));
  return (
    req: Request,
    res: Response,
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
}
