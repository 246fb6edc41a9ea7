import { Router } from 'express';
import { requireLogin } from '../http/guards.ts';
import type { Services } from '../context.ts';
import { lastYearRoutes } from './questionnaire/lastYear.ts';
import { printRoutes } from './questionnaire/print.ts';
import { reopenRoutes } from './questionnaire/reopen.ts';
import { reviewRoutes } from './questionnaire/review.ts';
import { signOffRoutes } from './questionnaire/signOff.ts';
import { startRoutes } from './questionnaire/start.ts';
import { themeRoutes } from './questionnaire/theme.ts';
import { themeSaveRoutes } from './questionnaire/themeSave.ts';

/** The questionnaire (pages under /vragenlijst); each part in routes/questionnaire/. */
export function questionnaireRoutes(s: Services): Router {
  const r = Router();
  r.use('/vragenlijst', requireLogin);
  // Before the pages it adds to (last year's answers, issue 17).
  r.use(lastYearRoutes(s));
  r.use(startRoutes(s));
  r.use(themeRoutes(s));
  r.use(themeSaveRoutes(s));
  r.use(reviewRoutes(s));
  r.use(reopenRoutes(s));
  r.use(printRoutes(s));
  r.use(signOffRoutes(s));
  return r;
}
