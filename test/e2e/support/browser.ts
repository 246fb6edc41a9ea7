import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run); override with CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Content-Security-Policy violations and uncaught script errors seen so far: must stay empty. */
  problems: string[];
}

/** A fresh browser profile (own cookies) with one page that records CSP violations and script errors. */
export async function openPage(browser: Browser, baseUrl: string, { javaScript = true } = {}): Promise<Watched> {
  const context = await browser.newContext({ baseURL: baseUrl, javaScriptEnabled: javaScript, locale: 'nl-NL' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy|Refused to/i.test(m.text())) problems.push(`CSP: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  return { context, page, problems };
}

/** Runs an action that makes the page navigate (link, form post + redirect) and waits for the new page. */
export async function navigates(page: Page, action: () => Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame() }), action()]);
  await page.waitForLoadState('load');
}

export async function login(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await navigates(page, () => page.getByRole('button', { name: 'Inloggen' }).click());
}

export async function logout(page: Page): Promise<void> {
  await navigates(page, () => page.getByRole('button', { name: 'Uitloggen' }).click());
}
