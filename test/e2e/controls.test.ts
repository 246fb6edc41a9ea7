import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/context.ts';
import { useAppInChromium } from './support/suite.ts';
import { login, openPage } from './support/browser.ts';
import { PAGES, WAVE, type PageCase } from './pages.ts';

/**
 * Radios and checkboxes are the NL Design System's: one size, a visible difference between chosen and
 * not chosen (what a person sees: the computed background), and the yellow focus ring when reached with
 * the keyboard. On every kind of form that has them: the questionnaire, the wave form, the reminder
 * form, the monitor filter and the Excel conflict page.
 */
const e2e = useAppInChromium();

interface Look { background: string; width: number; height: number; appearance: string }

const look = (page: Page, selector: string): Promise<Look> =>
  page.locator(selector).evaluate((el) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return { background: `${s.backgroundColor} ${s.backgroundImage}`, width: Math.round(r.width), height: Math.round(r.height), appearance: s.appearance };
  });

const byName = (name: string): PageCase => {
  const c = PAGES.find((p) => p.name === name);
  if (!c) throw new Error(`no page case ${name}`);
  return c;
};

const CASES: { name: string; as: PageCase['as']; visit: PageCase['visit']; kinds: ('radio' | 'checkbox')[] }[] = [
  { name: 'thema (vragenlijst)', as: { role: 'respondent', org: 'GM0363' }, visit: async (page) => { await page.goto(`/vragenlijst/${WAVE}/GM0363/thema/lokale-teams`); }, kinds: ['radio'] },
  { name: 'nieuwe ronde (status)', as: { role: 'admin' }, visit: async (page) => { await page.goto('/beheer/rondes/nieuw'); }, kinds: ['radio'] },
  { name: 'herinneringen (soort en stand)', as: { role: 'coordinator' }, visit: async (page) => { await page.goto('/beheer/herinneringen'); }, kinds: ['checkbox'] },
  { name: 'monitorfilter (concepten)', as: { role: 'analyst' }, visit: async (page) => { await page.goto(`/monitor/${WAVE}`); }, kinds: ['checkbox'] },
  { ...byName('offline: conflict met een collega'), name: 'Excel: conflict met een collega', kinds: ['radio'] },
];

describe('radios and checkboxes show their state and their focus', () => {
  let n = 0;
  for (const c of CASES) {
    it(c.name, async () => {
      const email = `controls-${++n}@example.nl`;
      if (c.as) await e2e.app.ctx.addUser(email, c.as.role, c.as.org ?? null);
      const { page, problems, context } = await openPage(e2e.browser, e2e.app.baseUrl);
      try {
        if (c.as) await login(page, email, TEST_PASSWORD);
        await c.visit(page, { app: e2e.app, email });
        const sizes = new Set<string>();
        for (const kind of c.kinds) {
          const unchecked = `input[type=${kind}]:not(:checked):not(:disabled)`;
          expect(await page.locator(unchecked).count(), `${kind} on ${page.url()}`).toBeGreaterThan(0);
          // Mark the control under test so it is found again once it is checked.
          await page.locator(unchecked).first().evaluate((el) => el.setAttribute('data-under-test', ''));
          const target = '[data-under-test]';
          const before = await look(page, target);
          expect(before.appearance, 'drawn by the NL Design System, not the browser').toBe('none');
          await page.locator(target).check();
          const after = await look(page, target);
          expect(after.background, `a chosen ${kind} looks different from an unchosen one`).not.toBe(before.background);
          sizes.add(`${before.width}x${before.height}`);
          sizes.add(`${after.width}x${after.height}`);
          // Reached with the keyboard: the yellow focus ring of every other control.
          await page.locator(target).focus();
          await page.keyboard.press('Shift+Tab');
          await page.keyboard.press('Tab');
          const focus = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            const s = getComputedStyle(el);
            return { type: (el as HTMLInputElement).type, outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` };
          });
          expect(focus.type).toBe(kind);
          expect(focus.outline).toBe('solid 3px rgb(255, 182, 18)');
          await page.locator(target).evaluate((el) => el.removeAttribute('data-under-test'));
        }
        expect([...sizes], 'one size for every radio and checkbox').toEqual(['24x24']);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
