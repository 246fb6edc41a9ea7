import type { Express, NextFunction, Request, Response } from 'express';
import { messages } from '../messages.ts';
import { NotFoundError } from '../errors.ts';
import { noteDatabaseError } from './databaseDown.ts';
import { answerFor } from './errorStatus.ts';
import { HttpError, notFound, sameOrigin } from './errors.ts';

const wantsJson = (req: Request) => req.path.startsWith('/api/') || req.accepts(['html', 'json']) === 'json';


/** One error handler: Dutch message, the right status, no stack traces or SQL for users. */
export function setUpErrorHandling(app: Express, production: boolean): void {
  app.use((req: Request, _res: Response, next: NextFunction) => next(notFound()));
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    try {
      handleError(err, req, res, production);
    } catch (failure) {
      // The handler must never throw: a throw here would leave the request hanging or the process down.
      req.log.error({ err: failure }, 'foutafhandeling mislukt');
      if (!res.headersSent) res.status(500).type('text/plain').end(messages.serverError);
      else if (!res.writableEnded) res.destroy();
    }
  });
}

function handleError(err: unknown, req: Request, res: Response, production: boolean): void {
  noteDatabaseError(req.app, err);
  const logged = production
    ? { err: { message: (err as Error | null)?.message, code: (err as { code?: unknown } | null)?.code } }
    : { err };
  if (res.headersSent) {
    // E.g. a session write failing after the page went out, or a streamed export breaking off:
    // no second answer; a half-sent body is cut off so the client sees a broken download, not a hang.
    req.log.error(logged, 'fout nadat het antwoord al verstuurd was');
    if (!res.writableEnded) res.destroy();
    return;
  }
  const answer = answerFor(err);
  let { status, message } = answer;
  if (err instanceof HttpError) {
    status = err.status;
    message = err.message;
  } else if (err instanceof NotFoundError) {
    status = 404;
    message = messages.notFound;
  } else if ((err as { code?: string } | null)?.code === 'EBADCSRFTOKEN') {
    status = 403;
    message = messages.csrf;
    // A theme form whose token expired: keep what was typed and show it again.
    const body = req.body as Record<string, unknown> | undefined;
    // Without a session (it expired) the user logs in first and then sees the form again.
    const themeForm = body && typeof body === 'object' && /\/thema\//.test(req.path);
    if (req.method === 'POST' && req.session && themeForm && sameOrigin(req) && !wantsJson(req)) {
      const { _csrf: _ignored, ...typed } = body;
      req.session.pendingForm = { path: req.originalUrl, body: typed };
      if (!req.user) req.session.returnTo = req.originalUrl;
      res.redirect(303, req.user ? req.originalUrl : '/inloggen');
      return;
    }
  }
  // Into the structured log with the request id (stack only outside production); never onto the page.
  if (status >= 500) req.log.error(logged, 'verzoek mislukt');
  res.status(status);
  if (answer.retryAfter && status === answer.status) res.set('Retry-After', String(answer.retryAfter));
  if (wantsJson(req)) return void res.json({ error: message });
  // An error before the page locals were set (session, body parsing) must still render the page.
  Object.assign(res.locals, {
    user: res.locals.user ?? null, nav: res.locals.nav ?? [], flash: res.locals.flash ?? [],
    currentPath: res.locals.currentPath ?? req.path, csrfToken: res.locals.csrfToken ?? (() => ''),
  });
  const title = status === 404 ? 'Pagina niet gevonden' : 'Er is een probleem';
  res.render('error', { title, status, message, requestId: status >= 500 ? String(req.id) : null }, (renderErr, html) => {
    if (renderErr) req.log.error({ err: renderErr }, 'foutpagina mislukt');
    if (res.headersSent) return;
    if (renderErr) res.type('text/plain').send(message);
    else res.send(html);
  });
}
