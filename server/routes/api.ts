import { Router } from 'express';
import { fieldworkState } from '../domain/fieldwork.ts';
import { assertCanEdit, param, requireLogin } from '../http/guards.ts';
import { HttpError } from '../http/errors.ts';
import { moduleFor, type AnswerValue } from '../questions/index.ts';
import { messages } from '../messages.ts';
import type { Services } from '../context.ts';
import { loadWave, wavesVisibleTo } from '../services/surveyWaves.ts';
import { loadResponseView, reopenResponse, saveAnswers, submitResponse, type ResponseView } from '../services/responses.ts';
import { missingRequired } from '../survey/model.ts';
import { responseFor, saveChannel } from './responseRequest.ts';

const load = responseFor;

const responseBody = (v: ResponseView, answers = v.answers, version = v.version) => ({
  wave: v.wave.id,
  organisation: { code: v.organisation.code, name: v.organisation.name, actorKind: v.organisation.actor_kind },
  state: v.submitted ? 'ingediend' : v.response ? 'concept' : 'niet-gestart',
  editable: v.editable,
  version,
  submittedAt: v.response?.submitted_at ?? null,
  answers,
  missing: missingRequired(v.survey, v.organisation.actor_kind, answers).map((q) => q.id),
});

/** JSON API: same services and validation as the forms; CSRF header for session use. */
export function apiRoutes(s: Services): Router {
  const r = Router();
  r.use(requireLogin);

  r.get('/waves', async (req, res) => {
    // A respondent sees the waves of the surveys their organisation answers; staff see all.
    const waves = await wavesVisibleTo(s, req.user!.organisationCode);
    res.json(
      waves.map((w) => ({
        id: w.id, title: w.title, survey: w.survey_id, state: w.state,
        fieldwork: fieldworkState(w, s.now()), opensOn: w.opens_on, closesOn: w.closes_on, referenceDate: w.reference_date,
      })),
    );
  });

  r.get('/waves/:wave/definition', async (req, res) => {
    const { wave, survey } = await loadWave(s, param(req, 'wave'));
    res.json({
      wave: wave.id,
      actors: survey.actors,
      themes: survey.themes,
      questions: survey.questions.map((q) => ({
        id: q.id, actorKinds: q.actorKinds, theme: q.theme, kind: q.kind, text: q.text, type: q.type,
        options: moduleFor(q.type).options(q), planning: q.planning, required: q.required,
        explanation: q.explanation, condition: q.condition ?? null, agreementKey: q.agreementKey ?? null,
        ...('min' in q ? { min: q.min ?? null, max: q.max ?? null } : {}),
        limits: moduleFor(q.type).limits(q),
      })),
    });
  });

  r.get('/waves/:wave/responses/:org', async (req, res) => {
    res.json(responseBody(await load(s, req)));
  });

  r.put('/waves/:wave/responses/:org', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const body = req.body as { version?: unknown; answers?: unknown; bases?: unknown };
    if (!body || typeof body.answers !== 'object' || body.answers === null || Array.isArray(body.answers)) {
      throw new HttpError(400, 'Stuur een object met "answers" (antwoorden per vraag-id) en "version".');
    }
    // Without a version the server cannot tell a colleague's change from the client's own: refuse.
    if (!Number.isInteger(body.version)) throw new HttpError(400, messages.apiVersionRequired);
    const bases = body.bases && typeof body.bases === 'object' && !Array.isArray(body.bases) ? (body.bases as Record<string, AnswerValue | null>) : undefined;
    const result = await saveAnswers(s, {
      waveId: v.wave.id, orgCode: v.organisation.code, target: v, userId: req.user!.id, baseVersion: body.version as number, bases,
      input: body.answers as Record<string, unknown>, mode: 'json', channel: saveChannel(req.user!, 'api'), partial: true,
    });
    if (result.kind === 'locked') return res.status(409).json({ error: result.message, version: result.version });
    if (result.kind !== 'saved') throw new Error(`unexpected save result ${result.kind}`);
    const saved = { ...responseBody(v, result.answers, result.version), changed: result.changed };
    const errors = result.errors ?? {};
    const conflicts = result.conflicts ?? [];
    // Refused fields are reported on their own; everything else in the request is saved ('changed', 'version').
    if (Object.keys(errors).length) return res.status(422).json({ error: 'Niet alle antwoorden zijn geldig; de andere zijn opgeslagen.', errors, conflicts, ...saved });
    if (conflicts.length) return res.status(409).json({ error: 'Een collega heeft intussen dezelfde antwoorden gewijzigd; de andere zijn opgeslagen.', conflicts, ...saved });
    return res.json(saved);
  });

  r.post('/waves/:wave/responses/:org/submit', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const result = await submitResponse(s, v.wave.id, v.organisation.code, req.user!.id);
    if (!result.ok) return res.status(422).json({ error: result.message, missing: result.missing ?? [] });
    res.json(responseBody(await loadResponseView(s, v.wave.id, v.organisation.code)));
  });

  r.post('/waves/:wave/responses/:org/reopen', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const result = await reopenResponse(s, v.wave.id, v.organisation.code, req.user!.id);
    if (!result.ok) return res.status(409).json({ error: result.message });
    res.json(responseBody(await loadResponseView(s, v.wave.id, v.organisation.code)));
  });

  return r;
}
