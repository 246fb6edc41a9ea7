/**
 * Demo data for year after year (issue 17): the demo accounts' own organisations get a submitted
 * response in a closed wave that another wave follows (so last year's answers can be tried), and
 * a following wave is filled from its previous wave's answers moved on (so the movement shows).
 * Synthetic, never real answers; the README says so.
 */
import { submittedAnswersOfWave } from '../db/repos/carriedAnswers.ts';
import { countResponses, findResponse } from '../db/repos/responses.ts';
import { listWaves } from '../db/repos/waves.ts';
import { movedDraw, publishedDraw } from '../domain/demoDraws.ts';
import { predecessorsOf } from '../domain/monitor/trend.ts';
import type { AnswerValue } from '../questions/index.ts';
import { publishedDistributions } from '../reference/distributions.ts';
import type { Booted } from './bootstrap.ts';
import { generateWave } from './syntheticWave.ts';
import { waveLink } from './waveLinks.ts';

/** The draw around the published distributions, for the wave of the survey they are of (else none). */
export function publishedDrawFor(surveyId: string) {
  const published = publishedDistributions();
  return surveyId === published.wave ? () => publishedDraw(published.profile) : undefined;
}

export async function seedDemoMovement(
  booted: Booted, demoOrgs: ReadonlySet<string>,
): Promise<{ organisations: number; answers: number } | null> {
  const { services: s, database } = booted;
  const waves = await listWaves(s.db);
  const followed = new Set(waves.flatMap((w) => (w.previous_wave_id ? [w.previous_wave_id] : [])));
  let organisations = 0;
  let answers = 0;
  const add = (made: { organisations: number; answers: number }) => { organisations += made.organisations; answers += made.answers; };
  // Last year's answers of the demo organisations, submitted, around the published distributions.
  for (const wave of waves.filter((w) => followed.has(w.id))) {
    const survey = s.surveys.get(wave.survey_id);
    if (!survey) continue;
    const only = new Set<string>();
    for (const code of demoOrgs) if (!(await findResponse(s.db, wave.id, code))) only.add(code);
    if (only.size === 0) continue;
    const draw = publishedDrawFor(survey.id);
    add(await generateWave(database, survey, wave.id, {
      scale: 1, only, submitted: 1, seed: 2023, at: `${wave.opens_on}T09:00:00.000Z`, ...(draw ? { draw } : {}),
    }));
  }
  // A following wave: everyone but the demo organisations, moved on from the previous wave.
  for (const wave of waves.filter((w) => w.previous_wave_id)) {
    const survey = s.surveys.get(wave.survey_id);
    if (!survey || (await countResponses(s.db, wave.id)) > 0) continue;
    const link = await waveLink(s, wave, survey);
    if (!link) continue;
    const before = await submittedAnswersOfWave(s.db, link.previousWave.id);
    const priorOf = (code: string): Record<string, AnswerValue> => {
      const from = predecessorsOf(code, link.mergers).map((c) => before.get(c)).find(Boolean) ?? {};
      const prior: Record<string, AnswerValue> = {};
      for (const [id, old] of link.continues) if (from[old] !== undefined) prior[id] = from[old]!;
      return prior;
    };
    add(await generateWave(database, survey, wave.id, {
      scale: 1, skip: demoOrgs, submitted: 0.85, seed: 2025, at: `${wave.opens_on}T09:00:00.000Z`,
      draw: (code) => movedDraw(priorOf(code)),
    }));
  }
  return organisations > 0 ? { organisations, answers } : null;
}
