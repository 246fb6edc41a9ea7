import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/context.ts';
import { useAppInChromium } from './support/suite.ts';
import { login, openPage } from './support/browser.ts';
import { PAGES } from './pages.ts';

/**
 * Every page type of every role (the axe test's list) at a phone, a small phone, a tablet and a desktop
 * width: the document is never wider than the window (wide tables scroll inside their own container)
 * and the lines of a heading, caption or legend never overlap (a line height that wraps cleanly).
 * LAYOUT_SCREENSHOTS=/some/dir saves a full-page PNG of every page at every width, to look at.
 */
const e2e = useAppInChromium();
const WIDTHS = [1280, 768, 390, 320];
const SHOTS = process.env.LAYOUT_SCREENSHOTS;

interface Finding {
  overflow: { scrollWidth: number; culprits: string[] } | null;
  /** Overlapping lines, and sideways-scrolling tables that are not a labelled region. */
  overlaps: string[];
}

/** Measures what a person sees: the document's width, and the line boxes of every heading-like element. */
function measure(page: Page): Promise<Finding> {
  return page.evaluate(() => {
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${Array.from(el.classList).join('.')}` : ''} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    let overflow: Finding['overflow'] = null;
    if (scrollWidth > width) {
      // The outermost elements sticking out on the right that are not inside a scrolling container.
      const culprits: string[] = [];
      const walk = (el: Element) => {
        const style = getComputedStyle(el);
        if (style.display === 'none') return;
        const r = el.getBoundingClientRect();
        if (r.right > width + 0.5 && r.width > 0) {
          culprits.push(`${describe(el)} (right edge ${Math.round(r.right)} px)`);
          return;
        }
        if (/(auto|scroll|hidden)/.test(style.overflowX)) return;
        for (const child of Array.from(el.children)) walk(child);
      };
      walk(document.body);
      // Positioned elements escape a scrolling container that is not their containing block.
      if (culprits.length === 0) {
        for (const el of Array.from(document.body.querySelectorAll('*'))) {
          if (/absolute|fixed/.test(getComputedStyle(el).position) && el.getBoundingClientRect().right > width + 0.5) culprits.push(`${describe(el)} (positioned, right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
        }
      }
      overflow = { scrollWidth, culprits: culprits.slice(0, 5) };
    }
    const overlaps: string[] = [];
    for (const el of Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6, caption, legend, .utrecht-heading-1, .utrecht-heading-2, .utrecht-heading-3'))) {
      if (!(el as HTMLElement).offsetParent && getComputedStyle(el).position !== 'fixed') continue;
      // The boxes of the text itself (not of the elements around it), line by line.
      const rects: DOMRect[] = [];
      const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let t = texts.nextNode(); t; t = texts.nextNode()) {
        if (!t.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(t);
        rects.push(...Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0));
      }
      // Line boxes: rects whose tops differ by more than a third of their height are on different lines.
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const a = rects[i]!, b = rects[j]!;
          if (Math.abs(a.top - b.top) < Math.min(a.height, b.height) / 3) continue;
          const vertical = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          const horizontal = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          if (vertical > 2 && horizontal > 0) {
            overlaps.push(`${describe(el)}: lines overlap by ${Math.round(vertical)} px`);
            i = rects.length;
            break;
          }
        }
      }
    }
    // A table wider than its place scrolls in a container a keyboard can reach and a screen reader can name.
    for (const box of Array.from(document.querySelectorAll<HTMLElement>('main *'))) {
      if (box.scrollWidth <= box.clientWidth + 1 || !/(auto|scroll)/.test(getComputedStyle(box).overflowX) || !box.querySelector('table')) continue;
      const named = box.getAttribute('aria-label') || box.getAttribute('aria-labelledby');
      if (box.getAttribute('role') !== 'region' || !named || box.tabIndex !== 0) overlaps.push(`${describe(box)}: scrolls sideways but is not a focusable, labelled region`);
    }
    return { overflow, overlaps };
  });
}

describe(`layout at ${WIDTHS.join(', ')} px: nothing sideways, no overlapping lines`, () => {
  it('would notice an overflowing page and an overlapping heading (the check is not vacuous)', async () => {
    const { page, context } = await openPage(e2e.browser, e2e.app.baseUrl);
    try {
      await page.setViewportSize({ width: 390, height: 800 });
      await page.route('**/proef', (route) => route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="nl"><title>Proef</title><link rel="stylesheet" href="/css/app.css"><main><h1 style="font-size:40px;line-height:30px">Een lange kop die op een telefoon over meer regels loopt</h1><table><tr><td style="white-space:nowrap">Een heel lange cel die niet past op een smal scherm van een telefoon</td></tr></table></main></html>',
      }));
      await page.goto('/proef');
      const found = await measure(page);
      expect(found.overflow?.scrollWidth).toBeGreaterThan(390);
      expect(found.overlaps.join('\n')).toContain('h1');
    } finally {
      await context.close();
    }
  });

  let n = 0;
  for (const c of PAGES) {
    it(c.name, async () => {
      const email = `layout-${++n}@example.nl`;
      if (c.as) await e2e.app.ctx.addUser(email, c.as.role, c.as.org ?? null);
      const { page, context } = await openPage(e2e.browser, e2e.app.baseUrl, { javaScript: c.javaScript ?? true });
      const copies: Awaited<ReturnType<typeof openPage>>[] = [];
      try {
        await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
        if (c.as) await login(page, email, TEST_PASSWORD);
        await c.visit(page, { app: e2e.app, email });
        // Without JavaScript the page cannot be measured from inside; its HTML is measured as a copy
        // (scripts removed) at the same address, as the axe helper does.
        let view = page;
        if (c.javaScript === false) {
          const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
          const copy = await openPage(e2e.browser, e2e.app.baseUrl);
          copies.push(copy);
          await copy.page.route(page.url(), (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
          await copy.page.goto(page.url());
          view = copy.page;
        }
        const problems: string[] = [];
        for (const width of WIDTHS) {
          await view.setViewportSize({ width, height: 900 });
          const found = await measure(view);
          if (found.overflow) problems.push(`${width} px: document is ${found.overflow.scrollWidth} px wide; sticking out: ${found.overflow.culprits.join('; ')}`);
          for (const o of found.overlaps) problems.push(`${width} px: ${o}`);
          if (SHOTS) {
            mkdirSync(SHOTS, { recursive: true });
            await view.screenshot({ path: path.join(SHOTS, `${String(n).padStart(3, '0')}-${c.name.replace(/[^\w]+/g, '_').slice(0, 60)}-${width}.png`), fullPage: true });
          }
        }
        expect(problems, `${c.name} (${page.url()})`).toEqual([]);
      } finally {
        c.after?.({ app: e2e.app, email });
        for (const copy of copies) await copy.context.close();
        await context.close();
      }
    });
  }
});
