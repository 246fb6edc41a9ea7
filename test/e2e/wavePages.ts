/** Pages of year after year (issue 17): last year's answers in the questionnaire, the movement in the monitor. */
import type { Page } from 'playwright-core';
import { generateWave } from '../../server/services/syntheticWave.ts';
import { organisationsWithResponse } from '../support/inspect.ts';
import { seedResponse, WAVE } from '../support/wave.ts';
import { open2025, WAVE_2025 } from '../waves/support.ts';
import type { Env, PageCase } from './pages.ts';
import { navigates } from './support/browser.ts';

const ORG = 'GM0344';
const q = `/vragenlijst/${WAVE_2025}/${ORG}`;
const seeded = new WeakSet<object>();

/** Once per app: Utrecht's 2024 answers, the 2025 wave after the 2024 one, and synthetic answers in both. */
async function withTwoWaves(env: Env): Promise<void> {
  env.app.ctx.setNow(new Date('2025-05-15T10:00:00Z'));
  if (seeded.has(env.app)) return;
  seeded.add(env.app);
  const { ctx } = env.app;
  const { services: s, database } = ctx;
  await seedResponse(s, ORG, {
    'gemeente.residentieel.01': 'mee_bezig', 'gemeente.residentieel.01.toelichting': 'Het plan ligt bij de raad.',
    'gemeente.reikwijdte.01': 'ja', 'gemeente.lokale-teams.01': 'nee',
  }, { at: '2024-05-15T10:00:00.000Z' });
  await open2025(s);
  const skip2024 = new Set([...(await organisationsWithResponse(ctx, WAVE)), ORG]);
  await generateWave(database, s.surveys.get(WAVE)!, WAVE, { scale: 1, submitted: 0.9, skip: skip2024, at: '2024-05-01T10:00:00.000Z', seed: 17 });
  await generateWave(database, s.surveys.get(WAVE_2025)!, WAVE_2025, { scale: 1, submitted: 0.9, skip: new Set([ORG]), at: '2025-05-01T10:00:00.000Z', seed: 25 });
}

const visit = (path: string, expect: string) => async (page: Page, env: Env) => {
  await withTwoWaves(env);
  await page.goto(path);
  if ((await page.locator(expect).count()) === 0) throw new Error(`${path}: no ${expect}`);
};
const back = (env: Env) => env.app.ctx.setNow(new Date('2024-05-15T10:00:00Z'));
const utrecht = { role: 'respondent' as const, org: ORG };

async function copied(page: Page, env: Env): Promise<void> {
  await withTwoWaves(env);
  await page.goto(q);
  await navigates(page, () => page.getByRole('button', { name: 'Antwoorden van vorig jaar overnemen' }).click());
}

export const WAVE_PAGES: PageCase[] = [
  { name: 'vorig jaar: startpagina met overnemen', as: utrecht, visit: visit(q, '.last-year-start'), after: back },
  { name: 'vorig jaar: thema met het antwoord van vorig jaar', as: utrecht, visit: visit(`${q}/thema/residentieel`, '.last-year'), after: back },
  {
    name: 'vorig jaar: na overnemen, thema met overgenomen antwoord', as: utrecht, after: back,
    async visit(page, env) {
      await copied(page, env);
      await page.goto(`${q}/thema/residentieel`);
      if ((await page.locator('.carried').count()) === 0) throw new Error('no copied answer');
    },
  },
  {
    name: 'vorig jaar: overgenomen antwoord zonder JavaScript', as: utrecht, after: back, javaScript: false,
    async visit(page, env) {
      await copied(page, env);
      await page.goto(`${q}/thema/reikwijdte`);
    },
  },
  { name: 'vorig jaar: controleren met overgenomen antwoorden', as: utrecht, visit: visit(`${q}/controleren`, '.last-year-start, #overgenomen, main'), after: back },
  { name: 'monitor: ontwikkeling', as: { role: 'analyst' }, visit: visit(`/monitor/${WAVE_2025}/ontwikkeling`, '.trend-table'), after: back },
  { name: 'monitor: ontwikkeling gefilterd, kleine groep', as: { role: 'analyst' }, visit: visit(`/monitor/${WAVE_2025}/ontwikkeling?regio=JZ22`, '.suppressed'), after: back },
  { name: 'monitor: teruggegane antwoorden', as: { role: 'coordinator' }, visit: visit(`/monitor/${WAVE_2025}/ontwikkeling/teruggevallen`, 'h1'), after: back },
];
