import type { Request, Response } from 'express';
import { themePage, type ThemePageState } from '../../presenters/themePage.ts';
import type { ResponseView } from '../../services/responseView.ts';
import { base, pageLocals } from './page.ts';

/** The theme form's id: on an editable page the header's links are its buttons (views/partials/head.ejs). */
const THEME_FORM = 'thema-formulier';

export function renderTheme(res: Response, req: Request, v: ResponseView, theme: string, st: ThemePageState, status = 200) {
  const locals = pageLocals(v, req);
  res.status(status).render('questionnaire/theme', {
    ...locals, headerSavesForm: locals.canEdit ? THEME_FORM : null, ...themePage(v.survey, v.organisation.actor_kind, theme, st),
  });
}

/** Where the form's buttons lead after a save: the pager and 'Opslaan en volgende' save first, then go. */
export function destination(v: ResponseView, themes: { id: string }[], index: number, actie: unknown): string {
  const next = themes[index + 1];
  const previous = themes[index - 1];
  if (actie === 'volgende') return next ? `${base(v)}/thema/${next.id}` : `${base(v)}/controleren`;
  if (actie === 'vorige' && previous) return `${base(v)}/thema/${previous.id}`;
  if (actie === 'overzicht') return base(v);
  return `${base(v)}/thema/${themes[index]!.id}`;
}
