/** Two linked waves for the issue-17 tests: the 2024 wave every context has, and a 2025 wave that follows it. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SURVEYS_DIR } from '../../server/survey/loader.ts';
import { createWave } from '../../server/services/coordination/waveSave.ts';
import type { Services } from '../../server/context.ts';
import { $, type Session } from '../support/context.ts';
import { WAVE } from '../support/wave.ts';

export const WAVE_2025 = 'hervormingsagenda-2025';

/** Opens wave `id` of `survey` for the 2025 fieldwork (as a beheerder would on the wave form), following `previous`. */
async function openWave(s: Services, id: string, survey: string, title: string, previous: string): Promise<void> {
  const made = await createWave(s, {
    id, surveyId: survey, title, opensOn: '2025-04-07', closesOn: '2025-06-30', referenceDate: '2025-06-30',
    state: 'open', namedComparison: true, previousWaveId: previous,
  });
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
}

/** Opens the 2025 wave, naming the 2024 wave as its previous one. */
export const open2025 = (s: Services, previous = WAVE): Promise<void> =>
  openWave(s, WAVE_2025, WAVE_2025, 'Monitor van de afspraken Hervormingsagenda Jeugd 2025', previous);

export const themeUrl2025 = (org: string, theme: string) => `/vragenlijst/${WAVE_2025}/${org}/thema/${theme}`;

/**
 * Posts a 2025 theme form as a browser without JavaScript does: what the page shows (checked options,
 * typed texts, version and bases) with `fields` changed.
 */
export async function postTheme2025(s: Session, org: string, theme: string, fields: Record<string, string | string[]>) {
  const page = $((await s.agent.get(themeUrl2025(org, theme))).text);
  const shown = new Map<string, string[]>();
  const add = (name: string | undefined, value: string) => { if (name) shown.set(name, [...(shown.get(name) ?? []), value]); };
  page('#thema-formulier input:checked').each((_i, el) => add(page(el).attr('name'), String(page(el).val())));
  page('#thema-formulier textarea').each((_i, el) => add(page(el).attr('name'), page(el).text()));
  page('#thema-formulier input[type="text"]').each((_i, el) => add(page(el).attr('name'), String(page(el).val() ?? '')));
  for (const [k, v] of Object.entries(fields)) shown.set(k, Array.isArray(v) ? v : [v]);
  const body = new URLSearchParams();
  body.append('_csrf', s.csrf);
  body.append('version', String(page('input[name="version"]').val()));
  body.append('bases', String(page('input[name="bases"]').val()));
  for (const [k, values] of shown) for (const one of values) body.append(k, one);
  body.append('actie', 'opslaan');
  return s.agent.post(themeUrl2025(org, theme)).type('form').send(body.toString());
}

/**
 * A folder with the 2025 definition under the id 'fusie-2025', whose mergers file says (fictionally)
 * that Stadskanaal (GM0037) merged into Groningen (GM0014): for the tests of a merged gemeente.
 */
export function mergerSurveyDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'waves17-fusie-'));
  const def = JSON.parse(readFileSync(path.join(SURVEYS_DIR, 'hervormingsagenda-2025.json'), 'utf8'));
  def.id = MERGER_WAVE;
  def.title = 'Monitor fusietest 2025';
  def.previous.mergers = path.resolve('test/fixtures/linked-waves/herindelingen-test.csv');
  for (const a of def.actors) a.organisations.file = path.resolve(SURVEYS_DIR, a.organisations.file);
  writeFileSync(path.join(dir, `${MERGER_WAVE}.json`), JSON.stringify(def));
  return dir;
}

export const MERGER_WAVE = 'fusie-2025';

/** Opens a wave of `survey` that follows the 2024 wave. */
export const openFollowing = (s: Services, survey: string, id = survey): Promise<void> => openWave(s, id, survey, `Ronde ${id}`, WAVE);
