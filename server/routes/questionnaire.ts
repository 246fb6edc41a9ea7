import { Router, type Request, type Response } from 'express';
import { listWaves } from '../db/repos/waves.ts';
import { fieldworkState } from '../domain/fieldwork.ts';
import { flash } from '../http/setUpViews.ts';
import { assertCanEdit, assertCanView, param, requireLogin } from '../http/guards.ts';
import { notFound } from '../http/errors.ts';
import { messages } from '../messages.ts';
import { questionViews, type PageState } from '../presenters/questionView.ts';
import type { Services } from '../services/context.ts';
import { loadResponseView, reopenResponse, saveAnswers, submitResponse, type ResponseView } from '../services/responses.ts';
import { fieldMap, missingRequired, progressByTheme, themesFor } from '../survey/model.ts';
import { canEditResponse } from '../auth/roles.ts';

const base = (v: ResponseView) => `/vragenlijst/${v.wave.id}/${v.organisation.code}`;

async function load(s: Services, req: Request): Promise<ResponseView> {
  const org = param(req, 'org');
  assertCanView(req.user!, org);
  return loadResponseView(s, param(req, 'wave'), org);
}

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

/** Only the fields of this theme, from a urlencoded body; a missing checkbox group means 'none chosen'. */
function themeInput(v: ResponseView, theme: string, body: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [id, f] of fieldMap(v.survey, v.organisation.actor_kind)) {
    if (f.question.theme === theme) input[id] = body[id] ?? null;
  }
  return input;
}

function renderTheme(res: Response, req: Request, v: ResponseView, theme: string, st: PageState & { version: number; notice?: string | null }, status = 200) {
  const themes = themesFor(v.survey, v.organisation.actor_kind);
  const index = themes.findIndex((t) => t.id === theme);
  const items = questionViews(v.survey, v.organisation.actor_kind, theme, st);
  const errorList = items.flatMap((i) =>
    [i.answer, i.anders, i.toelichting].filter((f) => f?.error).map((f) => ({ href: `#${f!.id.replaceAll('.', '-')}`, text: f!.error! })),
  );
  res.status(status).render('questionnaire/theme', {
    ...pageLocals(v, req),
    title: themes[index]!.title,
    theme: themes[index],
    next: themes[index + 1] ?? null,
    previous: themes[index - 1] ?? null,
    items,
    errorList,
    version: st.version,
    notice: st.notice ?? null,
    hasConflicts: Boolean(st.conflicts && Object.keys(st.conflicts).length),
  });
}

export function questionnaireRoutes(s: Services): Router {
  const r = Router();
  r.use('/vragenlijst', requireLogin);

  // The organisation's current wave: the open one, else the most recent.
  r.get('/vragenlijst', async (req, res) => {
    const org = req.user!.organisationCode;
    if (!org) return res.redirect('/');
    const waves = await listWaves(s.db);
    const wave = waves.find((w) => fieldworkState(w, s.now()) === 'open') ?? waves[0];
    if (!wave) throw notFound();
    res.redirect(`/vragenlijst/${wave.id}/${org}`);
  });

  r.get('/vragenlijst/:wave/:org', async (req, res) => {
    const v = await load(s, req);
    const progress = progressByTheme(v.survey, v.organisation.actor_kind, v.answers);
    res.render('questionnaire/start', { ...pageLocals(v, req), title: v.survey.title, progress });
  });

  r.get('/vragenlijst/:wave/:org/thema/:theme', async (req, res) => {
    const v = await load(s, req);
    const theme = param(req, 'theme');
    if (!themesFor(v.survey, v.organisation.actor_kind).some((t) => t.id === theme)) throw notFound();
    const pending = req.session.pendingForm;
    if (pending && pending.path === req.originalUrl) {
      // Back after an expired session or form token: show what was typed, not yet saved.
      delete req.session.pendingForm;
      const body = pending.body;
      const version = Number(body.version ?? v.version);
      return renderTheme(res, req, v, theme, { answers: v.answers, raw: themeInput(v, theme, body), version, notice: messages.sessionExpired });
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
    const input = themeInput(v, theme, body);
    const baseVersion = Number.isInteger(Number(body.version)) ? Number(body.version) : v.version;
    const result = await saveAnswers(s, {
      waveId: v.wave.id, orgCode: v.organisation.code, userId: req.user!.id, baseVersion,
      input, mode: 'form', theme, channel: req.user!.role === 'respondent' ? 'web' : 'namens',
    });
    switch (result.kind) {
      case 'invalid':
        return renderTheme(res, req, v, theme, { answers: result.answers, raw: input, errors: result.errors, version: baseVersion }, 422);
      case 'conflict':
        return renderTheme(res, req, v, theme, {
          answers: result.answers,
          conflicts: Object.fromEntries(result.conflicts.map((c) => [c.field, c.theirs])),
          version: result.version,
          notice: messages.conflict,
        }, 409);
      case 'locked':
        return renderTheme(res, req, v, theme, { answers: result.answers, raw: input, version: result.version, notice: result.message }, 409);
      case 'saved': {
        flash(req, 'success', result.changed.length ? messages.saved : messages.nothingChanged);
        const next = themes[index + 1];
        if (body.actie === 'volgende') return res.redirect(303, next ? `${base(v)}/thema/${next.id}` : `${base(v)}/controleren`);
        return res.redirect(303, `${base(v)}/thema/${theme}`);
      }
    }
  });

  r.get('/vragenlijst/:wave/:org/controleren', async (req, res) => {
    const v = await load(s, req);
    const actor = v.organisation.actor_kind;
    const missing = new Set(missingRequired(v.survey, actor, v.answers).map((q) => q.id));
    const items = questionViews(v.survey, actor, null, { answers: v.answers });
    res.render('questionnaire/review', { ...pageLocals(v, req), title: 'Controleer uw antwoorden', items, missing, submitError: null });
  });

  r.post('/vragenlijst/:wave/:org/indienen', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const result = await submitResponse(s, v.wave.id, v.organisation.code, req.user!.id);
    if (result.ok) {
      flash(req, 'success', messages.submitted);
      return res.redirect(303, `${base(v)}/ingediend`);
    }
    const actor = v.organisation.actor_kind;
    const missing = new Set(result.missing ?? []);
    const items = questionViews(v.survey, actor, null, { answers: v.answers });
    res.status(422).render('questionnaire/review', { ...pageLocals(v, req), title: 'Controleer uw antwoorden', items, missing, submitError: result.message });
  });

  r.get('/vragenlijst/:wave/:org/ingediend', async (req, res) => {
    const v = await load(s, req);
    res.render('questionnaire/submitted', { ...pageLocals(v, req), title: 'Vragenlijst ingediend' });
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
