import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/context.ts';
import { useAppInChromium } from './support/suite.ts';
import { axeViolations, SET_ASIDE, WCAG_TAGS } from './support/axe.ts';
import { login, openPage } from './support/browser.ts';
import { PAGES } from './pages.ts';

const e2e = useAppInChromium();

describe(`axe-core (${WCAG_TAGS.join(', ')}): zero violations on every page type`, () => {
  it('sets no rule aside without a reason', () => {
    for (const [rule, reason] of Object.entries(SET_ASIDE)) expect(reason.length, rule).toBeGreaterThan(20);
  });

  it('would notice a violation (the check is not vacuous)', async () => {
    for (const javaScript of [true, false]) {
      const { page, context } = await openPage(e2e.browser, e2e.app.baseUrl, { javaScript });
      await page.route('**/proef', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="nl"><title>Proef</title><main><input id="x"></main></html>' }));
      await page.goto('/proef');
      expect((await axeViolations(page, { javaScriptDisabled: !javaScript })).join('\n')).toContain('label');
      await context.close();
    }
  });

  let n = 0;
  for (const c of PAGES) {
    it(c.name, async () => {
      const email = `a11y-${++n}@example.nl`;
      if (c.as) await e2e.app.ctx.addUser(email, c.as.role, c.as.org ?? null);
      const { page, problems, context } = await openPage(e2e.browser, e2e.app.baseUrl, { javaScript: c.javaScript ?? true });
      try {
        if (c.as) await login(page, email, TEST_PASSWORD);
        await c.visit(page, { app: e2e.app, email });
        expect(await axeViolations(page, { javaScriptDisabled: c.javaScript === false }), `${c.name} (${page.url()})`).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        c.after?.({ app: e2e.app, email });
        await context.close();
      }
    });
  }
});
