import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TEST_PASSWORD } from '../support/context.ts';
import { saveAnswers } from '../../server/services/responses.ts';
import { useAppInChromium } from './support/suite.ts';
import { login, navigates, openPage } from './support/browser.ts';
import { WAVE } from '../support/wave.ts';
import { storedJson } from '../support/inspect.ts';

const e2e = useAppInChromium();
let n = 0;

/** A fresh respondent of `org`, logged in on a page of its own (with or without JavaScript). */
async function respondent(org: string, javaScript = true) {
  const email = `saving-${++n}@example.nl`;
  await e2e.app.ctx.addUser(email, 'respondent', org);
  const w = await openPage(e2e.browser, e2e.app.baseUrl, { javaScript });
  await login(w.page, email, TEST_PASSWORD);
  return w;
}
const theme = (org: string, t: string) => `/vragenlijst/${WAVE}/${org}/thema/${t}`;
const stored = (org: string, field: string) => storedJson(e2e.app.ctx, org, field);
const colleagueSaves = (org: string, input: Record<string, unknown>) =>
  saveAnswers(e2e.app.ctx.services, { waveId: WAVE, orgCode: org, userId: null, baseVersion: null, mode: 'json', channel: 'web', input });
const statusLine = (page: Page) => page.locator('.autosave-status');

describe('nothing a respondent types is lost', () => {
  it('autosaves a number as typed (12,5)', async () => {
    const { page, problems, context } = await respondent('GM0363');
    await page.goto(theme('GM0363', 'lokale-teams'));
    await page.locator('#gemeente-lokale-teams-08').fill('12,5');
    await expect.poll(() => statusLine(page).textContent(), { timeout: 10_000 }).toContain('Automatisch opgeslagen');
    await page.reload();
    expect(await page.locator('#gemeente-lokale-teams-08').inputValue()).toBe('12,5');
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const javaScript of [true, false]) {
    it(`keeps what was typed when leaving at once by 'Volgende' (${javaScript ? 'with' : 'without'} JavaScript)`, async () => {
      const org = javaScript ? 'GM0599' : 'GM0518';
      const { page, problems, context } = await respondent(org, javaScript);
      await page.goto(theme(org, 'lokale-teams'));
      await page.locator('#gemeente-lokale-teams-09').fill('33');
      await navigates(page, () => page.getByRole('navigation', { name: 'Thema\'s' }).getByRole('button', { name: /^Volgende:/ }).click());
      expect(new URL(page.url()).pathname).toBe(theme(org, 'residentieel'));
      await page.goto(theme(org, 'lokale-teams'));
      expect(await page.locator('#gemeente-lokale-teams-09').inputValue()).toBe('33');
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('autosave, then Opslaan, does not revert a colleague\'s answer', async () => {
    const { page, problems, context } = await respondent('GM0344');
    await page.goto(theme('GM0344', 'lokale-teams'));
    await colleagueSaves('GM0344', { 'gemeente.lokale-teams.08': 77 });
    await page.locator('#gemeente-lokale-teams-10').fill('1000');
    await expect.poll(() => statusLine(page).textContent(), { timeout: 10_000 }).toContain('Automatisch opgeslagen');
    await navigates(page, () => page.getByRole('button', { name: 'Opslaan', exact: true }).click());
    expect(await stored('GM0344', 'gemeente.lokale-teams.08')).toBe('77');
    expect(await stored('GM0344', 'gemeente.lokale-teams.10')).toBe('1000');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript ignores answers to a follow-up that does not apply, and says so', async () => {
    const { page, context } = await respondent('GM0307', false);
    await page.goto(theme('GM0307', 'aanpalende-domeinen'));
    await page.locator('input[name="gemeente.aanpalende-domeinen.01"][value="nee"]').check();
    await page.locator('input[name="gemeente.aanpalende-domeinen.03"]').first().check();
    await navigates(page, () => page.getByRole('button', { name: 'Opslaan', exact: true }).click());
    expect(await page.locator('.error-summary').count()).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: 'niet bewaard, omdat ze alleen gelden bij antwoord ‘Ja’ op vraag 1' }).count()).toBe(1);
    expect(await stored('GM0307', 'gemeente.aanpalende-domeinen.01')).toBe('"nee"');
    expect(await stored('GM0307', 'gemeente.aanpalende-domeinen.03')).toBeUndefined();
    await context.close();
  });

  for (const [choice, expected] of [['Antwoord van collega overnemen', '"afgerond"'], ['Mijn antwoord houden', '"mee_bezig"']] as const) {
    it(`solves a conflict online by a choice: '${choice}'`, async () => {
      const org = choice.startsWith('Mijn') ? 'GM0402' : 'GM0405';
      const { page, problems, context } = await respondent(org);
      await page.goto(theme(org, 'residentieel'));
      await colleagueSaves(org, { 'gemeente.residentieel.01': 'afgerond' });
      await page.getByLabel('Mee bezig').check();
      await navigates(page, () => page.getByRole('button', { name: 'Opslaan', exact: true }).click());
      const conflict = page.locator('fieldset.conflict');
      expect(await conflict.textContent()).toContain('Opgeslagen door een collega: Afgerond');
      await conflict.getByLabel(choice).check();
      await navigates(page, () => page.getByRole('button', { name: 'Opslaan', exact: true }).click());
      expect(await page.locator('fieldset.conflict').count()).toBe(0);
      expect(await stored(org, 'gemeente.residentieel.01')).toBe(expected);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
