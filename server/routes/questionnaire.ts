import { Router, type Request, type Response } from 'express';
import { flash } from '../http/setUpViews.ts';
import { assertCanEdit, param, requireLogin } from '../http/guards.ts';
import { notFound } from '../http/errors.ts';
import { headerDestination, LOGOUT_DESTINATION } from '../http/navigation.ts';
import { messages } from '../messages.ts';
import { questionViews } from '../presenters/questionView.ts';
import { themePage, type ThemePageState } from '../presenters/themePage.ts';
import { ignoredNotice } from '../presenters/saveNotice.ts';
import { postedBases, saveThemeForm, themeInput } from '../services/themeSave.ts';
import type { AnswerValue } from '../questions/index.ts';
import type { Services } from '../context.ts';
import { currentWaveFor } from '../services/surveyWaves.ts';
import type { ResponseView } from '../services/responseView.ts';
import { reopenResponse, submitResponse } from '../services/responseState.ts';
import { missingRequired, progressByTheme, themesFor } from '../survey/model.ts';
import { canEditResponse } from '../auth/roles.ts';
import { lastChange, lastStateEvent } from '../services/responseEvents.ts';
import { responseBase, responseFor, saveChannel } from './responseRequest.ts';

const base = responseBase;
const load = responseFor;

function pageLocals(v: ResponseView, req: Request) {
  return {
    view: v,
    base: base(v),
    actor: v.survey.actors.find((a) => a.id === v.organisation.actor_kind)!,
    themes: themesFor(v.survey, v.organisation.actor_kind),
    canEdit: v.editable && canEditResponse(req.user!, v.organisation.code),
    onBehalf: req.user!.role !== 'respondent',
    canReopen: v.fieldwork === 'open' && canEditResponse(req.user!, v.organisation.code),
  };
}

/** The theme form's id: on an editable page the header's links are its buttons (views/partials/head.ejs). */
const THEME_FORM = 'thema-formulier';

function renderTheme(res: Response, req: Request, v: ResponseView, theme: string, st: ThemePageState, status = 200) {
  const locals = pageLocals(v, req);
  res.status(status).render('questionnaire/theme', {
    ...locals, headerSavesForm: locals.canEdit ? THEME_FORM : null, ...themePage(v.survey, v.organisation.actor_kind, theme, st),
  });
}

/** Where the form's buttons lead after a save: the pager and 'Opslaan en volgende' save first, then go. */
function destination(v: ResponseView, themes: { id: string }[], index: number, actie: unknown): string {
  const next = themes[index + 1];
  const previous = themes[index - 1];
  if (actie === 'volgende') return next ? `${base(v)}/thema/${next.id}` : `${base(v)}/controleren`;
  if (actie === 'vorige' && previous) return `${base(v)}/thema/${previous.id}`;
  if (actie === 'overzicht') return base(v);
  return `${base(v)}/thema/${themes[index]!.id}`;
}

export function questionnaireRoutes(s: Services): Router {
  const r = Router();
  r.use('/vragenlijst', requireLogin);

  // The organisation's current wave: the open one, else the most recent.
  r.get('/vragenlijst', async (req, res) => {
    const org = req.user!.organisationCode;
    if (!org) return res.redirect('/');
    // Only the waves of a survey the organisation's kind answers (surveys run side by side).
    const wave = await currentWaveFor(s, org);
    res.redirect(`/vragenlijst/${wave.id}/${org}`);
  });

  r.get('/vragenlijst/:wave/:org', async (req, res) => {
    const v = await load(s, req);
    const progress = progressByTheme(v.survey, v.organisation.actor_kind, v.answers);
    // The status block says who last submitted or reopened, and when.
    const lastEvent = await lastStateEvent(s, v);
    res.render('questionnaire/start', { ...pageLocals(v, req), title: v.survey.title, progress, lastEvent, lastChange: await lastChange(s, v) });
  });

  r.get('/vragenlijst/:wave/:org/thema/:theme', async (req, res) => {
    const v = await load(s, req);
    const theme = param(req, 'theme');
    if (!themesFor(v.survey, v.organisation.actor_kind).some((t) => t.id === theme)) throw notFound();
    const pending = req.session.pendingForm;
    if (pending && pending.path === req.originalUrl) {
      // Back after an expired session or form token: show what was typed, not yet saved, on its old bases.
      delete req.session.pendingForm;
      const body = pending.body;
      const version = Number(body.version ?? v.version);
      const raw = themeInput(v, theme, body);
      return renderTheme(res, req, v, theme, { answers: v.answers, raw, bases: postedBases(body), version, notice: messages.formRestored });
    }
    renderTheme(res, req, v, theme, { answers: v.answers, version: v.version });
  });

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

  r.get('/vragenlijst/:wave/:org/controleren', async (req, res) => {
    const v = await load(s, req);
    const actor = v.organisation.actor_kind;
    const missing = new Set(missingRequired(v.survey, actor, v.answers).map((q) => q.id));
    const items = questionViews(v.survey, actor, null, { answers: v.answers });
    // After a refused submit (redirected here, so a refresh never posts again): the reason, above the answers.
    const refused = req.query.indienen === 'mislukt';
    // (Other reasons, such as a closed fieldwork, come as a message of their own.)
    const submitError = refused && v.editable && missing.size ? messages.submitMissing(missing.size) : null;
    res.render('questionnaire/review', { ...pageLocals(v, req), title: submitError ? 'Fout: controleer uw antwoorden' : 'Controleer uw antwoorden', items, missing, submitError });
  });

  r.post('/vragenlijst/:wave/:org/indienen', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const result = await submitResponse(s, v.wave.id, v.organisation.code, req.user!.id);
    if (result.ok) {
      flash(req, 'success', messages.submitted);
      return res.redirect(303, `${base(v)}/ingediend`);
    }
    // Redirect after the post: the review page shows why (refreshing it never submits again).
    if (!result.missing?.length) flash(req, 'error', result.message);
    res.redirect(303, `${base(v)}/controleren?indienen=mislukt`);
  });

  r.get('/vragenlijst/:wave/:org/ingediend', async (req, res) => {
    const v = await load(s, req);
    res.render('questionnaire/submitted', { ...pageLocals(v, req), title: 'Vragenlijst ingediend' });
  });

  // Reopening is confirmed on its own page, which says what it means for the monitor.
  r.get('/vragenlijst/:wave/:org/heropenen', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    if (!v.submitted || v.fieldwork !== 'open') return res.redirect(303, base(v));
    res.render('questionnaire/reopen', { ...pageLocals(v, req), title: 'Vragenlijst heropenen?' });
  });

  r.post('/vragenlijst/:wave/:org/heropenen', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const result = await reopenResponse(s, v.wave.id, v.organisation.code, req.user!.id);
    flash(req, result.ok ? 'success' : 'error', result.ok ? messages.reopened : result.message);
    res.redirect(303, base(v));
  });

  r.get('/vragenlijst/:wave/:org/afdrukken', async (req, res) => {
    const v = await load(s, req);
    const items = questionViews(v.survey, v.organisation.actor_kind, null, { answers: v.answers });
    res.render('questionnaire/print', { ...pageLocals(v, req), title: `Antwoorden ${v.organisation.name}`, items, printedAt: s.now().toISOString() });
  });

  return r;
}
