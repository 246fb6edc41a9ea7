import type { Application, NextFunction, Request, Response } from 'express';
import type { Db } from '../db/database.ts';
import { isDatabaseUnreachable } from '../db/faults.ts';
import { pingDatabase } from '../db/repos/health.ts';

interface DownState {
  /** The running check, shared by the requests that arrive meanwhile. */
  check: Promise<boolean> | null;
}

const stateOf = (app: Application): DownState | undefined => app.locals.databaseDown as DownState | undefined;

/** Called by the error handler: a request failed because the database is out of reach. */
export function noteDatabaseError(app: Application, err: unknown): void {
  if (isDatabaseUnreachable(err) && !stateOf(app)) app.locals.databaseDown = { check: null };
}

/**
 * Once a request has found the database out of reach, every page answers 503 (through the error handler)
 * until a check finds it back, also pages that would not query it themselves: the login page, for one,
 * would show a form whose session (and CSRF token) cannot be stored. A response written before its session
 * is saved (express-session saves at the end) cannot be turned into a 503 any more; the next one is.
 * One check at a time, shared by the requests that arrive while it runs (a refused connection answers at
 * once, an unanswered one after the pool's connect timeout); no cost at all while the database is up.
 */
export function failFastWhileDatabaseDown(db: Db) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const state = stateOf(req.app);
    if (!state) return next();
    state.check ??= pingDatabase(db).then(() => true, () => false).then((up) => {
      state.check = null;
      if (up && req.app.locals.databaseDown === state) delete req.app.locals.databaseDown;
      return up;
    });
    const unreachable = Object.assign(new Error('database out of reach'), { code: 'ECONNREFUSED' });
    void state.check.then((up) => next(up ? undefined : unreachable));
  };
}
