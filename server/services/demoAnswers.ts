import { countResponses } from '../db/repos/responses.ts';
import { listWaves } from '../db/repos/waves.ts';
import { publishedDrawFor } from './demoMovement.ts';
import { generateWave } from './syntheticWave.ts';
import type { Booted } from './bootstrap.ts';

/**
 * Synthetic answers (demo data) for every wave that has no responses yet, leaving out `skip`.
 * Returns null when nothing was added.
 */
export async function seedDemoAnswers(
  booted: Booted,
  skip: ReadonlySet<string>,
): Promise<{ organisations: number; answers: number } | null> {
  const { services, database } = booted;
  let organisations = 0;
  let answers = 0;
  for (const wave of await listWaves(services.db)) {
    const survey = services.surveys.get(wave.survey_id);
    // A wave that follows another is moved on from it (demoMovement.ts, issue 17).
    if (!survey || wave.previous_wave_id || (await countResponses(services.db, wave.id)) > 0) continue;
    const draw = publishedDrawFor(survey.id);
    const made = await generateWave(database, survey, wave.id, {
      scale: 1, skip, submitted: 0.85, at: `${wave.opens_on}T09:00:00.000Z`, ...(draw ? { draw } : {}),
    });
    organisations += made.organisations;
    answers += made.answers;
  }
  return organisations > 0 ? { organisations, answers } : null;
}
