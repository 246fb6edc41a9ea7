import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/context.ts';
import { useAppInChromium } from './support/suite.ts';
import { login, logout, navigates, openPage } from './support/browser.ts';
import { answerTheme, themeLinks } from './support/questionnaire.ts';
import { WAVE } from '../support/wave.ts';
import { responseEvents } from '../support/inspect.ts';


const e2e = useAppInChromium();

const events = (org: string) => responseEvents(e2e.app.ctx, org);

describe.each([
  { label: 'with JavaScript', javaScript: true, org: 'GM0363' },
  { label: 'without JavaScript', javaScript: false, org: 'GM0599' },
])('a gemeente fills in, leaves, returns, submits and reopens ($label)', ({ javaScript, org }) => {
  it('works from start to finish', async () => {
    const email = `respondent-${org}@example.nl`;
    await e2e.app.ctx.addUser(email, 'respondent', org);
    const { page, problems, context } = await openPage(e2e.browser, e2e.app.baseUrl, { javaScript });
    const start = `/vragenlijst/${WAVE}/${org}`;

    // Day 1: log in, open the questionnaire, answer the first two themes.
    await login(page, email, TEST_PASSWORD);
    await navigates(page, () => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vragenlijst' }).click());
    expect(new URL(page.url()).pathname).toBe(start);
    const themes = await themeLinks(page);
    expect(themes.length).toBe(6);
    expect(themes.every((t) => t.status === 'Nog niet begonnen')).toBe(true);

    await navigates(page, () => page.getByRole('link', { name: themes[0]!.name }).click());
    const chosen = await answerTheme(page);
    await navigates(page, () => page.getByRole('button', { name: 'Opslaan en volgende' }).click());
    expect(new URL(page.url()).pathname).toBe(themes[1]!.href);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Uw antwoorden zijn opgeslagen.' }).count()).toBe(1);

    if (!javaScript) {
      // Without JavaScript the follow-ups are on the page; an answer to one that does not apply is ignored, and the confirmation says so.
      const followUp = page.locator('section.question[data-condition-question]').first();
      const parent = (await followUp.getAttribute('data-condition-question'))!;
      await page.locator(`input[name="${parent}"][value="nee"]`).check();
      await followUp.locator('input:not([type=hidden])').first().check();
      await navigates(page, () => page.getByRole('button', { name: 'Opslaan', exact: true }).click());
      expect(await page.locator('.error-summary').count()).toBe(0);
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'zijn niet bewaard, omdat ze alleen gelden bij antwoord' }).count()).toBe(1);
    }
    await answerTheme(page, chosen);
    await navigates(page, () => page.getByRole('button', { name: 'Opslaan', exact: true }).click());
    expect(await page.locator('.error-summary').count()).toBe(0);

    if (javaScript) {
      // Typing is saved on its own, without pressing 'Opslaan'.
      const details = page.locator('details.explanation').first();
      await details.locator('summary').click();
      await details.locator('textarea').fill('Automatisch bewaard.');
      await expect.poll(() => page.locator('.autosave-status').textContent(), { timeout: 10_000 }).toContain('Automatisch opgeslagen');
    }

    // Leave, and come back another day.
    await logout(page);
    await login(page, email, TEST_PASSWORD);
    await navigates(page, () => page.getByRole('link', { name: 'Naar de vragenlijst' }).click());
    const progress = await themeLinks(page);
    expect(progress[0]!.status).toBe('Compleet');
    expect(progress[1]!.status).toBe('Compleet');
    await navigates(page, () => page.getByRole('link', { name: progress[1]!.name }).click());
    const firstRadio = page.locator('section.question input[type=radio]').first();
    expect(await firstRadio.isChecked()).toBe(true);
    if (javaScript) expect(await page.locator('details.explanation textarea').first().inputValue()).toBe('Automatisch bewaard.');

    // The rest, theme by theme; 'Opslaan en volgende' on the last one leads to the review page.
    for (const theme of progress.slice(2)) {
      await page.goto(theme.href);
      await answerTheme(page, chosen);
      await navigates(page, () => page.getByRole('button', { name: 'Opslaan en volgende' }).click());
    }
    expect(new URL(page.url()).pathname).toBe(`${start}/controleren`);
    expect(await page.getByText('Nog niet beantwoord (verplicht)').count()).toBe(0);
    await navigates(page, () => page.getByRole('button', { name: 'Vragenlijst indienen' }).click());
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Vragenlijst ingediend');

    // Reopen, change an answer, submit again.
    await navigates(page, () => page.getByRole('link', { name: 'Terug naar het overzicht' }).click());
    // Reopening is confirmed on a page of its own that says what it means for the monitor.
    await navigates(page, () => page.getByRole('link', { name: 'Vragenlijst heropenen' }).click());
    expect(await page.textContent('main')).toContain('niet meer mee in de monitor');
    await navigates(page, () => page.getByRole('button', { name: 'Ja, vragenlijst heropenen' }).click());
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'heropend' }).count()).toBe(1);
    await navigates(page, () => page.getByRole('link', { name: progress[0]!.name }).click());
    const radios = page.locator('section.question').first().locator('input[type=radio]');
    await radios.nth(1).check();
    await navigates(page, () => page.getByRole('button', { name: 'Opslaan', exact: true }).click());
    await page.goto(`${start}/controleren`);
    await navigates(page, () => page.getByRole('button', { name: 'Vragenlijst indienen' }).click());
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Vragenlijst ingediend');

    expect(await events(org)).toEqual(['ingediend', 'heropend', 'ingediend']);
    expect(problems).toEqual([]);
    await context.close();
  });
});
