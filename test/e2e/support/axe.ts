import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA: what the law (EN 301 549) asks of a Dutch government site. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Rules set aside, each with its reason. Keep this empty unless a rule is wrong for this site;
 * the accessibility statement (/toegankelijkheid) must mention every rule listed here.
 */
export const SET_ASIDE: Record<string, string> = {};

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page (injected through the DevTools protocol, which the page's CSP does not
 * block). axe needs JavaScript; a page loaded without it is checked as a copy: the same HTML, its
 * script tags removed, served at the same address to a page that may run axe.
 */
export async function axeViolations(page: Page, { javaScriptDisabled = false } = {}): Promise<string[]> {
  if (javaScriptDisabled) {
    const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
    const context = await page.context().browser()!.newContext();
    try {
      const copy = await context.newPage();
      await copy.route(page.url(), (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
      await copy.goto(page.url());
      return await axeViolations(copy);
    } finally {
      await context.close();
    }
  }
  const loaded = await page.evaluate('typeof window.axe !== "undefined"');
  if (!loaded) await page.evaluate(axeSource);
  const run = page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] })`,
  ) as Promise<{ violations: AxeViolation[] }>;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('axe did not finish within 60 s')), 60_000);
  });
  const result = await Promise.race([run, timeout]).finally(() => clearTimeout(timer));
  return result.violations
    .filter((v) => !(v.id in SET_ASIDE))
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`);
}
