import { Router } from 'express';
import { fieldworkState } from '../../domain/fieldwork.ts';
import { param } from '../../http/guards.ts';
import { moduleFor } from '../../questions/index.ts';
import type { Services } from '../../context.ts';
import { loadWave, wavesVisibleTo } from '../../services/surveyWaves.ts';
import { openAtSubmit } from '../../survey/model.ts';

/** GET /api/waves and a wave's definition (its actors, themes and questions). */
export function apiWaveRoutes(s: Services): Router {
  const r = Router();

  r.get('/waves', async (req, res) => {
    // A respondent sees the waves of the surveys their organisation answers; staff see all.
    const waves = await wavesVisibleTo(s, req.user!.organisationCode);
    res.json(
      waves.map((w) => ({
        id: w.id, title: w.title, survey: w.survey_id, state: w.state,
        fieldwork: fieldworkState(w, s.now()), opensOn: w.opens_on, closesOn: w.closes_on, referenceDate: w.reference_date,
        previousWave: w.previous_wave_id,
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
        openAtSubmit: q.required ? openAtSubmit(survey, q) : null,
        explanation: q.explanation, condition: q.condition ?? null, agreementKey: q.agreementKey ?? null,
        ...(q.continues !== undefined ? { continues: q.continues } : {}),
        ...('min' in q ? { min: q.min ?? null, max: q.max ?? null } : {}),
        limits: moduleFor(q.type).limits(q),
      })),
    });
  });

  return r;
}
