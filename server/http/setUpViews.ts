import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Config } from '../config.ts';
import { roleLabels } from '../auth/roles.ts';
import { formatDateNl, formatDateTimeNl } from '../presenters/format.ts';
import { messages } from '../messages.ts';
import { questionPlace } from '../presenters/questionPlace.ts';
import { navigationFor } from './navigation.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function setUpViews(app: Express, config?: Pick<Config, 'helpdeskEmail' | 'siteTagline' | 'viewCache'>): void {
  app.set('views', path.join(ROOT, 'views'));
  app.set('view engine', 'ejs');
  app.set('view cache', config?.viewCache ?? true);
  // The contact line on every page (views/partials/foot.ejs).
  app.locals.helpdeskEmail = config?.helpdeskEmail ?? 'helpdesk@afsprakenmonitor.nl';
  // The installation's branding is configuration, not a survey built into the engine (SITE_TAGLINE).
  app.locals.siteTagline = config?.siteTagline ?? 'Hervormingsagenda Jeugd';
  // Pages rendered before the middleware below (early error pages) still have a title.
  app.locals.pageTitle = (title: unknown) => pageTitle(title);
  app.locals.messages = messages;
  app.locals.roleLabels = roleLabels;
  // 'Vraag 3 op tabblad ‘3.2 …’': what a respondent sees instead of an internal question id.
  app.locals.questionPlace = questionPlace;
  app.locals.formatDate = formatDateNl;
  app.locals.formatDateTime = formatDateTimeNl;
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.locals.user = req.user ?? null;
    res.locals.nav = navigationFor(req.user ?? null);
    res.locals.currentPath = req.path;
    res.locals.pageTitle = (title: unknown) => pageTitle(title, res.statusCode);
    res.locals.flash = req.session?.flash ?? [];
    if (req.session?.flash) delete req.session.flash;
    next();
  });
}

/** Statuses of a page that shows the user's own input back with what is wrong with it. */
const REFUSED_INPUT = new Set([400, 413, 422]);

/**
 * '<page> – Afsprakenmonitor', or just the name on a page that is called that. A page that refuses
 * input starts 'Fout: ', so a screen reader hears it first (one rule for every form, not one per route).
 */
export function pageTitle(title: unknown, status = 200): string {
  const text = !title || title === 'Afsprakenmonitor' ? 'Afsprakenmonitor' : `${String(title)} – Afsprakenmonitor`;
  return REFUSED_INPUT.has(status) && !text.startsWith('Fout:') ? `Fout: ${text}` : text;
}

export function setUpStatic(app: Express): void {
  const nm = path.join(ROOT, 'node_modules/@rijkshuisstijl-community');
  const opts = { maxAge: '1h' };
  // NL Design System (Rijkshuisstijl community): tokens + component CSS, served from node_modules.
  app.use('/css/rhc', express.static(path.join(nm, 'design-tokens/dist'), opts));
  app.use('/css/rhc-components', express.static(path.join(nm, 'components-css/dist'), opts));
  app.use(express.static(path.join(ROOT, 'public'), opts));
}

export function flash(req: Request, kind: 'success' | 'info' | 'error', text: string): void {
  if (!req.session) return;
  (req.session.flash ??= []).push({ kind, text });
}
