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

export function setUpViews(app: Express, config?: Pick<Config, 'helpdeskEmail' | 'siteTagline'>): void {
  app.set('views', path.join(ROOT, 'views'));
  app.set('view engine', 'ejs');
  // The contact line on every page (views/partials/foot.ejs).
  app.locals.helpdeskEmail = config?.helpdeskEmail ?? 'helpdesk@afsprakenmonitor.nl';
  // The installation's branding is configuration, not a survey built into the engine (SITE_TAGLINE).
  app.locals.siteTagline = config?.siteTagline ?? 'Hervormingsagenda Jeugd';
  // '<page> – Afsprakenmonitor', or just the name on a page that is called that.
  app.locals.pageTitle = (title: unknown) =>
    !title || title === 'Afsprakenmonitor' ? 'Afsprakenmonitor' : `${String(title)} – Afsprakenmonitor`;
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
    res.locals.flash = req.session?.flash ?? [];
    if (req.session?.flash) delete req.session.flash;
    next();
  });
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
