import type { NextFunction, Request, Response } from 'express';
import { param } from '../../http/guards.ts';
import { HttpError } from '../../http/errors.ts';
import type { Services } from '../../context.ts';
import { accessFor } from '../../services/monitorDashboards.ts';
import { loadWave } from '../../services/monitorTables.ts';

export const lockedMessage = 'U ziet de monitor zodra uw organisatie de vragenlijst van deze ronde heeft ingediend.';

/** Guards every dashboard of a wave (pages and API): staff always, respondents after submitting. */
export const requireDashboardAccess =
  (s: Services, json: boolean) =>
  async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    await loadWave(s, param(req, 'wave')); // an unknown wave is a 404 for everyone
    const access = await accessFor(s, req.user!, param(req, 'wave'));
    if (access === 'forbidden') throw new HttpError(403, 'U hebt geen toegang tot de monitor.');
    if (access === 'locked') {
      if (json) {
        res.status(403).json({ error: lockedMessage });
      } else {
        res
          .status(403)
          .render('monitor/locked', { title: 'Monitor nog niet beschikbaar', message: lockedMessage, waveId: param(req, 'wave') });
      }
      return;
    }
    res.locals.monitorAccess = access;
    next();
  };

/** A participant that submitted (access 'respondent'): its organisation, to mark its own answers; null for staff. */
export const ownOrganisation = (req: Request, res: Response): string | null =>
  res.locals.monitorAccess === 'respondent' ? req.user!.organisationCode : null;
