import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/context.ts';
import { useAppInChromium } from './support/suite.ts';
import { navigates, openPage } from './support/browser.ts';
import { responseState } from '../support/inspect.ts';
import { WAVE } from '../support/wave.ts';

const ORG = 'GM0014';

const e2e = useAppInChromium();

interface Focused {
  tag: string;
  type: string;
  name: string;
  value: string;
  text: string;
  href: string;
  id: string;
  checked: boolean;
  groupAnswered: boolean;
  other: boolean;
  focusVisible: boolean;
}

/** What has the focus now, and can a sighted keyboard user see where it is? */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement;
    const style = getComputedStyle(el);
    const group = el.name ? Array.from(document.querySelectorAll<HTMLInputElement>(`input[name="${el.name}"]`)) : [];
    const otherField = el.name ? document.querySelector<HTMLElement>(`[data-other-for="${el.name}"]`) : null;
    return {
      tag: el.tagName.toLowerCase(),
      type: el.type ?? '',
      name: el.name ?? '',
      value: el.value ?? '',
      text: (el.textContent ?? '').trim(),
      href: el.getAttribute('href') ?? '',
      id: el.id,
      checked: Boolean(el.checked),
      groupAnswered: group.some((i) => i.checked && i.value !== ''),
      other: Boolean(otherField?.dataset.otherCodes?.split(' ').includes(el.value)),
      focusVisible: el === document.body || (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none',
    };
  });

/** Presses Tab until the focus is on what `wanted` describes; every stop on the way must show its focus. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string): Promise<Focused> {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f.focusVisible, `focus not visible on ${f.tag}#${f.id} ${f.text || f.name}`).toBe(true);
    if (wanted(f)) return f;
  }
  throw new Error(`Could not reach ${what} with the Tab key`);
}

/** Starts each page the way keyboard users do: the skip link, straight to the content. */
async function skipToContent(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  const skip = await focused(page);
  expect(skip.text).toBe('Direct naar de inhoud');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
}

/** Answers every question of a theme page in tab order, with Space, arrows and typing only. */
async function answerByKeyboard(page: Page): Promise<void> {
  await skipToContent(page);
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f.focusVisible, `focus not visible on ${f.tag}#${f.id}`).toBe(true);
    if (f.tag === 'button' && f.value === 'volgende') {
      await navigates(page, () => page.keyboard.press('Enter'));
      return;
    }
    if (f.type === 'radio' && !f.groupAnswered) {
      await page.keyboard.press('Space');
      if (f.other) await page.keyboard.press('ArrowDown');
    } else if (f.type === 'checkbox' && !f.groupAnswered && !f.other) {
      await page.keyboard.press('Space');
    } else if (f.tag === 'input' && f.type === 'text' && !f.name.endsWith('.anders') && f.value === '') {
      await page.keyboard.type('12');
    }
  }
  throw new Error('Never reached the button "Opslaan en volgende"');
}

describe('the whole journey with the keyboard alone', () => {
  it('logs in, fills in every theme, corrects an error, submits and reopens', async () => {
    await e2e.app.ctx.addUser('toetsenbord@example.nl', 'respondent', ORG);
    const { page, problems } = await openPage(e2e.browser, e2e.app.baseUrl);
    await page.goto('/inloggen');

    await skipToContent(page);
    await tabTo(page, (f) => f.id === 'email', 'the e-mail field');
    await page.keyboard.type('toetsenbord@example.nl');
    await page.keyboard.press('Tab');
    await page.keyboard.type(TEST_PASSWORD);
    await navigates(page, () => page.keyboard.press('Enter'));

    await tabTo(page, (f) => f.href === '/vragenlijst', 'the menu item Vragenlijst');
    await navigates(page, () => page.keyboard.press('Enter'));
    // A wrong number: the error summary takes the focus, its link leads to the field.
    await skipToContent(page);
    await tabTo(page, (f) => f.href.endsWith('/thema/lokale-teams'), 'the theme with number questions');
    await navigates(page, () => page.keyboard.press('Enter'));
    const numberTheme = page.url();
    await skipToContent(page);
    const field = await tabTo(page, (f) => f.tag === 'input' && f.type === 'text', 'a number field');
    await page.keyboard.type('veel');
    await tabTo(page, (f) => f.tag === 'button' && f.value === 'opslaan', 'the button Opslaan');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('foutmeldingen');
    await tabTo(page, (f) => f.href === `#${field.id}`, 'the link in the error summary');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(field.id);
    expect((await focused(page)).value).toBe('veel');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('12');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(page.url()).toBe(numberTheme);
    expect(await page.locator('.error-summary').count()).toBe(0);

    await skipToContent(page);
    await tabTo(page, (f) => f.text === "Overzicht van de thema's", 'the link to the overview');
    await navigates(page, () => page.keyboard.press('Enter'));
    await skipToContent(page);
    await tabTo(page, (f) => f.href.includes('/thema/'), 'the first theme');
    await navigates(page, () => page.keyboard.press('Enter'));

    // Theme by theme until 'Opslaan en volgende' leads to the review page.
    for (let i = 0; i < 10 && !page.url().endsWith('/controleren'); i++) await answerByKeyboard(page);
    expect(page.url()).toMatch(/\/controleren$/);
    expect(await page.getByText('Nog niet beantwoord (verplicht)').count()).toBe(0);

    await skipToContent(page);
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Vragenlijst indienen', 'the submit button');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Vragenlijst ingediend');

    await skipToContent(page);
    await tabTo(page, (f) => f.text === 'Terug naar het overzicht', 'the link back');
    await navigates(page, () => page.keyboard.press('Enter'));
    await skipToContent(page);
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Vragenlijst heropenen', 'the link to reopen');
    await navigates(page, () => page.keyboard.press('Enter'));
    await skipToContent(page);
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Ja, vragenlijst heropenen', 'the button that confirms reopening');
    await navigates(page, () => page.keyboard.press('Space'));
    expect(await page.getByRole('status').filter({ hasText: 'heropend' }).count()).toBe(1);

    expect((await responseState(e2e.app.ctx.services, WAVE, ORG))?.state).toBe('concept');
    expect(problems).toEqual([]);
  });
});
