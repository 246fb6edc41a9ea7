/**
 * Last year's answers as a starting point in real Chromium (issue 17), with and without JavaScript:
 * copy, confirm one, change one, submit with the untouched copies confirmed at the end.
 */
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/context.ts';
import { seedResponse } from '../support/wave.ts';
import { open2025, WAVE_2025 } from '../waves/support.ts';
import { useAppInChromium } from './support/suite.ts';
import { login, navigates, openPage } from './support/browser.ts';

const e2e = useAppInChromium({}, async ({ app }) => {
  for (const org of ['GM0363', 'GM0599']) {
    await seedResponse(app.ctx.services, org, { 'gemeente.residentieel.01': 'mee_bezig', 'gemeente.reikwijdte.01': 'ja' });
  }
  await open2025(app.ctx.services);
  app.ctx.setNow(new Date('2025-05-15T10:00:00Z'));
});

/** The copied, unconfirmed answers as the API reports them, in the browser's own session. */
async function copiedOf(page: import('playwright-core').Page, org: string): Promise<string[]> {
  const res = await page.request.get(`/api/waves/${WAVE_2025}/responses/${org}`);
  return ((await res.json()) as { copied: string[] }).copied.sort();
}

describe.each([
  { label: 'with JavaScript', javaScript: true, org: 'GM0363' },
  { label: 'without JavaScript', javaScript: false, org: 'GM0599' },
])("a gemeente starts from last year's answers ($label)", ({ javaScript, org }) => {
  it('copies, confirms one, changes one, and is asked to confirm an untouched copy when submitting', async () => {
    const email = `vorig-jaar-${org}@example.nl`;
    await e2e.app.ctx.addUser(email, 'respondent', org);
    const { page, context } = await openPage(e2e.browser, e2e.app.baseUrl, { javaScript });
    const start = `/vragenlijst/${WAVE_2025}/${org}`;
    await login(page, email, TEST_PASSWORD);
    await page.goto(`${start}/thema/residentieel`);
    expect(await page.locator('#gemeente-residentieel-01-vorig-jaar').innerText()).toContain('Vorig jaar (2024): Mee bezig');

    await page.goto(start);
    await navigates(page, () => page.getByRole('button', { name: 'Antwoorden van vorig jaar overnemen' }).click());
    expect(await page.getByRole('status').innerText()).toContain('2 antwoorden van vorig jaar overgenomen');
    expect(await copiedOf(page, org)).toEqual(['gemeente.reikwijdte.01', 'gemeente.residentieel.01']);

    // Confirm the copy on 'residentieel' with its box; change the one on 'reikwijdte'.
    await page.goto(`${start}/thema/residentieel`);
    expect(await page.locator('#gemeente-residentieel-01-overgenomen').innerText()).toContain('Overgenomen, nog niet bevestigd');
    await page.getByLabel('Dit antwoord klopt nog: bevestigen').check();
    await navigates(page, () => page.getByRole('button', { name: 'Opslaan', exact: true }).click());
    expect(await copiedOf(page, org)).toEqual(['gemeente.reikwijdte.01']);
    await page.goto(`${start}/thema/reikwijdte`);
    await page.locator('input[name="gemeente.reikwijdte.01"][value="nee"]').check();
    if (javaScript) {
      // Autosave writes the change; a changed copy counts from then on.
      await expect.poll(() => copiedOf(page, org), { timeout: 10_000 }).toEqual([]);
    } else {
      await navigates(page, () => page.getByRole('button', { name: 'Opslaan', exact: true }).click());
      expect(await copiedOf(page, org)).toEqual([]);
    }

    // Copy again after clearing one answer: it comes back as a copy, and submitting asks to confirm it.
    await page.goto(`${start}/thema/residentieel`);
    await page.locator('input[name="gemeente.residentieel.01"][value=""]').check();
    await navigates(page, () => page.getByRole('button', { name: 'Opslaan', exact: true }).click());
    await page.goto(start);
    await navigates(page, () => page.getByRole('button', { name: 'Antwoorden van vorig jaar overnemen' }).click());
    expect(await copiedOf(page, org)).toEqual(['gemeente.residentieel.01']);
    await page.goto(`${start}/controleren`);
    expect(await page.locator('#overgenomen').innerText()).toContain('1 antwoord is overgenomen van vorig jaar en nog niet bevestigd');
    await page.getByLabel('Ik heb de overgenomen antwoorden gecontroleerd: ze kloppen nog').check();
    await navigates(page, () => page.getByRole('button', { name: 'Vragenlijst indienen' }).click());
    // Other required questions are still open, so it is not submitted; the confirmation of the copy stays asked.
    expect(new URL(page.url()).pathname).toBe(`${start}/controleren`);
    expect(await page.locator('.error-summary').innerText()).toContain('verplichte');
    await context.close();
  });
});
