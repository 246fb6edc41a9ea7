import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/context.ts';
import { useAppInChromium } from './support/suite.ts';
import { login, navigates, openPage } from './support/browser.ts';
import { WAVE } from '../support/wave.ts';

/*
 * A refused upload is shown at the form's action URL, which carries the CSRF token (multipart
 * bodies are read after the token check). The token must not stay in the address bar.
 */
const e2e = useAppInChromium();

describe('after a refused upload', () => {
  it('the address bar holds no CSRF token, and the message is on the page', async () => {
    await e2e.app.ctx.addUser('upload-address@example.nl', 'respondent', 'GM0363');
    const { page, problems, context } = await openPage(e2e.browser, e2e.app.baseUrl);
    await login(page, 'upload-address@example.nl', TEST_PASSWORD);
    await page.goto(`/vragenlijst/${WAVE}/GM0363/excel/uploaden`);
    await page.locator('input[type="file"]').setInputFiles({ name: 'geen-werkboek.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('geen werkboek') });
    await navigates(page, () => page.locator('form[enctype="multipart/form-data"] button[type="submit"]').first().click());
    await page.waitForFunction(() => !window.location.search.includes('_csrf'));
    expect(new URL(page.url()).searchParams.has('_csrf')).toBe(false);
    expect(await page.locator('.utrecht-alert, [role="alert"], #foutmeldingen').first().textContent()).toBeTruthy();
    expect(problems).toEqual([]);
    await context.close();
  });
});
