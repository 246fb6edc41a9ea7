/**
 * The waves the tests run against and the fixtures most tests share: one place, so no test spells
 * a wave id or writes answers into the database itself.
 */
import { getOrCreateResponse, setResponseState, writeChanges } from '../../server/db/repos/responses.ts';
import type { AnswerValue } from '../../server/questions/index.ts';
import type { Services } from '../../server/context.ts';
import { loadSurveys } from '../../server/survey/loader.ts';

/** The Hervormingsagenda monitor of 2024: the wave every test context has (see context.ts). */
export const WAVE = 'hervormingsagenda-2024';
/** The second survey, the 2018 transformation plans, whose wave runs beside it. */
export const WAVE_2018 = 'transformatieplannen-2018';

const surveys = loadSurveys();
/** The definitions of both waves (each wave runs the survey of the same id). */
export const SURVEY = surveys.get(WAVE)!;
export const SURVEY_2018 = surveys.get(WAVE_2018)!;

export interface SeedOptions {
  /** Default true. */
  submitted?: boolean;
  /** Default WAVE. */
  wave?: string;
  /** When the answers were saved (ISO); default the app's clock. */
  at?: string;
  /** When it was submitted (ISO); default `at`. */
  submittedAt?: string;
  /** The channel recorded in the history; default 'import'. */
  channel?: 'import' | 'web';
}

/**
 * Stores answers for an organisation as an import would (no form validation) and submits unless
 * told otherwise: the arrangement of monitor, export and coordination tests. With no answers it
 * only creates the response row (a response that was opened, nothing saved).
 */
export async function seedResponse(
  s: Services,
  org: string,
  answers: Record<string, AnswerValue>,
  opts: SeedOptions = {},
): Promise<void> {
  const now = opts.at ?? s.now().toISOString();
  const response = await getOrCreateResponse(s.db, opts.wave ?? WAVE, org, now);
  const changes = Object.entries(answers).map(([field, value]) => ({ field, old: null, new: value }));
  if (changes.length) await writeChanges(s.db, response.id, changes, response.version + 1, null, opts.channel ?? 'import', now);
  if (opts.submitted ?? true) await setResponseState(s.db, response.id, 'ingediend', null, opts.submittedAt ?? now);
}
