import { Router } from 'express';
import { flash } from '../../http/setUpViews.ts';
import { assertCanEdit, param } from '../../http/guards.ts';
import { notFound } from '../../http/errors.ts';
import { headerDestination, LOGOUT_DESTINATION } from '../../http/navigation.ts';
import { messages } from '../../messages.ts';
import { ignoredNotice } from '../../presenters/saveNotice.ts';
import { saveThemeForm } from '../../services/themeSave.ts';
import type { AnswerValue } from '../../questions/index.ts';
import type { Services } from '../../context.ts';
import { themesFor } from '../../survey/model.ts';
import { saveChannel } from '../responseRequest.ts';
import { load } from './page.ts';
import { destination, renderTheme } from './themeRender.ts';

/** POST of one theme's form: save what can be saved, then go on or show the refused and conflicting fields. */
export function themeSaveRoutes(s: Services): Router {
  const r = Router();

  r.post('/vragenlijst/:wave/:org/thema/:theme', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const theme = param(req, 'theme');
    const themes = themesFor(v.survey, v.organisation.actor_kind);
    const index = themes.findIndex((t) => t.id === theme);
    if (index < 0) throw notFound();
    const body = req.body as Record<string, unknown>;
    const channel = saveChannel(req.user!, 'web');
    const { result, input, bases, undecided } = await saveThemeForm(s, v, theme, body, { id: req.user!.id, channel });
    if (result.kind !== 'saved') {
      // Only 'locked' happens here (partial saves never refuse as a whole): keep what was typed.
      const message = result.kind === 'locked' ? result.message : messages.serverError;
      return renderTheme(res, req, v, theme, { answers: result.answers, raw: input, bases, version: result.version, notice: message }, 409);
    }
    const errors = { ...result.errors };
    for (const id of undecided) errors[id] ??= messages.conflictChoose;
    const conflicts = result.conflicts ?? [];
    const ignored = ignoredNotice(v.survey, v.organisation.actor_kind, result.ignored ?? []);
    // A header button (menu, site name, account, Uitloggen) of this form: save, then go there; only to the header's own paths.
    const leaveTo = headerDestination(req.user ?? null, body.ga_naar);
    if (Object.keys(errors).length === 0 && conflicts.length === 0) {
      const asked = !leaveTo && (body.actie === 'opslaan' || body.actie === undefined);
      const saved = result.changed.length ? messages.saved : asked ? messages.nothingChanged : null;
      const text = [saved ?? (ignored ? messages.saved : null), ignored].filter(Boolean).join(' ');
      if (text) flash(req, 'success', text);
      // 307 repeats the post (with its form token) at /uitloggen: the logout itself stays in one place.
      if (leaveTo === LOGOUT_DESTINATION) return res.redirect(307, LOGOUT_DESTINATION);
      return res.redirect(303, leaveTo ?? destination(v, themes, index, body.actie));
    }
    // Some fields refused or in conflict: the rest is saved; show those fields with what the user typed.
    const kept = new Set([...Object.keys(errors), ...conflicts.map((c) => c.field)]);
    const raw = Object.fromEntries(Object.entries(input).filter(([id]) => kept.has(id)));
    const pageBases: Record<string, AnswerValue | null> = {};
    for (const id of Object.keys(errors)) if (bases && id in bases) pageBases[id] = bases[id]!;
    // A conflict's base becomes the colleague's value the user now sees: choosing 'mijn' writes over exactly that.
    for (const c of conflicts) pageBases[c.field] = c.theirs;
    return renderTheme(res, req, v, theme, {
      answers: result.answers, raw, errors, bases: pageBases, version: result.version,
      conflicts: Object.fromEntries(conflicts.map((c) => [c.field, { mine: c.mine, theirs: c.theirs }])),
      notice: [conflicts.length ? messages.conflictOnPage : null, ignored].filter(Boolean).join(' ') || null,
      othersSaved: result.changed.length > 0,
    }, Object.keys(errors).length ? 422 : 409);
  });

  return r;
}
