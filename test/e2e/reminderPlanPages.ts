import type { Page } from 'playwright-core';
import { addStep } from '../../server/services/reminderPlan/planEdits.ts';
import { runDueReminders } from '../../server/services/reminderPlan/runner.ts';
import { defaultReminder } from '../../server/mail/templates.ts';
import type { Env, PageCase } from './pages.ts';
import { navigates } from './support/browser.ts';
import { storedWave } from '../support/inspect.ts';
import { WAVE } from '../support/wave.ts';

/** The reminder plan's pages (issue 16, point 4) and long lists on a later page, for the axe and layout sweeps. */
const coordinator = { role: 'coordinator' as const };
const plan = `/beheer/rondes/${WAVE}/herinneringsplan`;
const MAY = new Date('2024-05-15T10:00:00Z');
const go = (path: string) => async (page: Page) => {
  await page.goto(path);
};

/** A plan with a step that has gone out (so the log has rows) and one still planned. */
async function planWithLog(env: Env) {
  const s = env.app.ctx.services;
  const wave = await storedWave(s, WAVE);
  const step = { states: ['niet-gestart', 'bezig'], ...defaultReminder(s.mail.siteName) };
  await addStep(s, wave, { ...step, dagen: '30' }, 1);
  await addStep(s, wave, { ...step, dagen: '3' }, 1);
  env.app.ctx.setNow(new Date('2024-05-31T07:00:00Z'));
  await runDueReminders(s, { ratePerMinute: 30, retry: { maxAttempts: 3, baseDelayMs: 60_000 } });
}

export const REMINDER_PLAN_PAGES: PageCase[] = [
  { name: 'coördinatie: herinneringsplan (leeg)', as: coordinator, visit: go(plan) },
  {
    name: 'coördinatie: herinneringsplan, dag na de sluitdatum en geen ontvangers (422)', as: coordinator,
    async visit(page) {
      await page.goto(plan);
      await page.getByLabel('Aantal dagen vóór de sluitdatum').fill('-3');
      await page.getByLabel('Organisaties met de stand ‘Niet gestart’').uncheck();
      await page.getByLabel('Organisaties met de stand ‘Bezig’').uncheck();
      await navigates(page, () => page.getByRole('button', { name: 'Stap toevoegen' }).click());
    },
  },
  {
    name: 'coördinatie: herinneringsplan met stappen en logboek, tweede pagina', as: coordinator,
    async visit(page, env) {
      await planWithLog(env);
      await page.goto(`${plan}?resultaat=overgeslagen&pagina=2`);
    },
    after: (env) => env.app.ctx.setNow(MAY),
  },
  {
    name: 'coördinatie: stap van het herinneringsplan wijzigen', as: coordinator,
    async visit(page) {
      await page.goto(plan);
      await navigates(page, () => page.getByRole('link', { name: /Wijzigen/ }).first().click());
    },
  },
  { name: 'coördinatie: organisaties, tweede pagina', as: coordinator, visit: go('/beheer/organisaties?soort=gemeente&pagina=2') },
  { name: 'coördinatie: verstuurde herinneringen van het plan', as: coordinator, visit: go('/beheer/e-mail?soort=herinnering') },
];
