import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TEST_PASSWORD } from '../support/context.ts';
import { saveAnswers } from '../../server/services/saveAnswers.ts';
import { useAppInChromium } from './support/suite.ts';
import { login, navigates, openPage } from './support/browser.ts';
import { WAVE } from '../support/wave.ts';
import { storedJson } from '../support/inspect.ts';

const e2e = useAppInChromium();
let n = 0;

async function newRespondent(org: string): Promise<string> {
  const email = `leaving-${++n}@example.nl`;
  await e2e.app.ctx.addUser(email, 'respondent', org);
  return email;
}
/** A fresh respondent of `org`, logged in on a page of its own (with or without JavaScript). */
async function respondent(org: string, javaScript = true) {
  const email = await newRespondent(org);
  const w = await openPage(e2e.browser, e2e.app.baseUrl, { javaScript });
  await login(w.page, email, TEST_PASSWORD);
  return { ...w, email };
}
const theme = (org: string, t: string) => `/vragenlijst/${WAVE}/${org}/thema/${t}`;
const stored = (org: string, field: string) => storedJson(e2e.app.ctx, org, field);
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
/** Every text the autosave status line shows from now on, in order (a person reading along would see each). */
async function recordStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { statusTexts: string[] };
    w.statusTexts = [];
    const line = document.querySelector('.autosave-status')!;
    new MutationObserver(() => w.statusTexts.push(line.textContent ?? '')).observe(line, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
}

describe('leaving a theme page never drops what was typed', () => {
  for (const javaScript of [false, true]) {
    it(`${javaScript ? 'with' : 'without'} JavaScript: a top-menu item saves first, and the value is there on coming back`, async () => {
      const org = javaScript ? 'GM0014' : 'GM0363';
      const { page, problems, context } = await respondent(org, javaScript);
      await page.goto(theme(org, 'lokale-teams'));
      await page.locator('#gemeente-lokale-teams-09').fill('21');
      await navigates(page, () => mainMenu(page).getByRole('button', { name: 'Vragenlijst' }).click());
      expect(new URL(page.url()).pathname).toBe(`/vragenlijst/${WAVE}/${org}`);
      await page.goto(theme(org, 'lokale-teams'));
      expect(await page.locator('#gemeente-lokale-teams-09').inputValue()).toBe('21');
      // The menu still looks and reads as before: the current item is marked.
      expect(await mainMenu(page).getByRole('button', { name: 'Vragenlijst' }).getAttribute('aria-current')).toBe('page');
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('without JavaScript: Enter in a field is still \'Opslaan\' (it stays on the page)', async () => {
    const org = 'GM0599';
    const { page, context } = await respondent(org, false);
    await page.goto(theme(org, 'lokale-teams'));
    await page.locator('#gemeente-lokale-teams-09').fill('22');
    await navigates(page, () => page.locator('#gemeente-lokale-teams-09').press('Enter'));
    expect(new URL(page.url()).pathname).toBe(theme(org, 'lokale-teams'));
    expect(await page.locator('#gemeente-lokale-teams-09').inputValue()).toBe('22');
    expect(await stored(org, 'gemeente.lokale-teams.09')).toBe('22');
    await context.close();
  });

  it('without JavaScript: Uitloggen saves first, then logs out', async () => {
    const org = 'GM0518';
    const { page, context, email } = await respondent(org, false);
    await page.goto(theme(org, 'lokale-teams'));
    await page.locator('#gemeente-lokale-teams-10').fill('3000');
    await navigates(page, () => page.getByRole('button', { name: 'Uitloggen' }).click());
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    expect(await page.getByRole('status').filter({ hasText: 'U bent uitgelogd.' }).count()).toBe(1);
    await login(page, email, TEST_PASSWORD);
    await page.goto(theme(org, 'lokale-teams'));
    expect(await page.locator('#gemeente-lokale-teams-10').inputValue()).toBe('3000');
    await context.close();
  });

  it('with JavaScript: typing a new address right after typing still saves the text', async () => {
    const org = 'GM0344';
    const { page, problems, context } = await respondent(org);
    page.on('dialog', (d) => void d.accept()); // 'Leave this page?': the person says yes
    await page.goto(theme(org, 'lokale-teams'));
    await page.locator('#gemeente-lokale-teams-09').fill('44');
    await page.goto('/account');
    // The keepalive request may land after the new page is there.
    await expect.poll(() => stored(org, 'gemeente.lokale-teams.09'), { timeout: 10_000 }).toBe('44');
    await page.goto(theme(org, 'lokale-teams'));
    expect(await page.locator('#gemeente-lokale-teams-09').inputValue()).toBe('44');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('with JavaScript: a busy server (503) is tried again by itself, and the status line says so', async () => {
    const org = 'GM0307';
    const { page, problems, context } = await respondent(org);
    await page.goto(theme(org, 'lokale-teams'));
    let refusedOnce = false;
    await page.route('**/api/waves/*/responses/*', async (route) => {
      if (route.request().method() !== 'PUT' || refusedOnce) return route.continue();
      refusedOnce = true;
      await route.fulfill({ status: 503, contentType: 'application/json', headers: { 'Retry-After': '1' }, body: JSON.stringify({ error: 'Probeer het over een ogenblik opnieuw.' }) });
    });
    const texts = await recordStatus(page);
    await page.locator('#gemeente-lokale-teams-08').fill('15');
    await expect.poll(() => stored(org, 'gemeente.lokale-teams.08'), { timeout: 20_000 }).toBe('15');
    await expect.poll(() => page.locator('.autosave-status').textContent(), { timeout: 10_000 }).toContain('Automatisch opgeslagen');
    expect(refusedOnce).toBe(true);
    expect(await texts()).toContain('Probeer het over een ogenblik opnieuw. We proberen het zo opnieuw.');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('with JavaScript: a follow-up the user switches back to keeps its text, saved again', async () => {
    const org = 'GM0402';
    const { page, problems, context } = await respondent(org);
    await page.goto(theme(org, 'aanpalende-domeinen'));
    await page.locator('input[name="gemeente.aanpalende-domeinen.01"][value="ja"]').check();
    await page.locator('#gemeente-aanpalende-domeinen-04').fill('6');
    await expect.poll(() => stored(org, 'gemeente.aanpalende-domeinen.04'), { timeout: 10_000 }).toBe('6');
    await page.locator('input[name="gemeente.aanpalende-domeinen.01"][value="nee"]').check();
    await expect.poll(() => stored(org, 'gemeente.aanpalende-domeinen.04'), { timeout: 10_000 }).toBeUndefined();
    await page.locator('input[name="gemeente.aanpalende-domeinen.01"][value="ja"]').check();
    expect(await page.locator('#gemeente-aanpalende-domeinen-04').inputValue()).toBe('6');
    await expect.poll(() => stored(org, 'gemeente.aanpalende-domeinen.04'), { timeout: 10_000 }).toBe('6');
    await page.reload();
    expect(await page.locator('#gemeente-aanpalende-domeinen-04').inputValue()).toBe('6');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('on a 390 px wide screen the conflict choice and the pager buttons fit and work', async () => {
    const org = 'GM0405';
    const email = await newRespondent(org);
    const context = await e2e.browser.newContext({ baseURL: e2e.app.baseUrl, locale: 'nl-NL', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await login(page, email, TEST_PASSWORD);
    await page.goto(theme(org, 'residentieel'));
    await saveAnswers(e2e.app.ctx.services, { waveId: WAVE, orgCode: org, userId: null, baseVersion: null, mode: 'json', channel: 'web', input: { 'gemeente.residentieel.01': 'afgerond' } });
    await page.getByLabel('Mee bezig').check();
    await navigates(page, () => page.getByRole('button', { name: 'Opslaan', exact: true }).click());
    const conflict = page.locator('fieldset.conflict');
    expect(await conflict.textContent()).toContain('Opgeslagen door een collega: Afgerond');
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= 390);
    expect(await fits()).toBe(true);
    for (const box of [await conflict.boundingBox(), ...(await Promise.all((await page.locator('nav.pager button').all()).map((b) => b.boundingBox())))]) {
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    await conflict.getByLabel('Mijn antwoord houden').check();
    await navigates(page, () => page.getByRole('navigation', { name: 'Thema\'s' }).getByRole('button', { name: /^Volgende:/ }).click());
    expect(new URL(page.url()).pathname).not.toBe(theme(org, 'residentieel'));
    expect(await fits()).toBe(true);
    expect(await stored(org, 'gemeente.residentieel.01')).toBe('"mee_bezig"');
    await context.close();
  });
});
