import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/context.ts';
import { useAppInChromium } from './support/suite.ts';
import { login, navigates, openPage } from './support/browser.ts';
import { WAVE } from '../support/wave.ts';

/*
 * A refused upload is shown at the form's action URL. The CSRF token travels as the form's first
 * field, never in that URL, so it is not in the address bar, with or without JavaScript.
 */
const e2e = useAppInChromium();

describe('after a refused upload', () => {
  for (const javaScript of [true, false]) {
    it(`the address bar holds no CSRF token, and the message is on the page (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const email = `upload-address-${javaScript ? 'js' : 'nojs'}@example.nl`;
      await e2e.app.ctx.addUser(email, 'respondent', 'GM0363');
      const { page, problems, context } = await openPage(e2e.browser, e2e.app.baseUrl, { javaScript });
      await login(page, email, TEST_PASSWORD);
      await page.goto(`/vragenlijst/${WAVE}/GM0363/excel/uploaden`);
      const file = { name: 'geen-werkboek.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('geen werkboek') };
      await page.locator('input[type="file"]').setInputFiles(file);
      await navigates(page, () => page.locator('form[enctype="multipart/form-data"] button[type="submit"]').first().click());
      expect(page.url()).not.toContain('_csrf');
      expect(new URL(page.url()).pathname).toBe(`/vragenlijst/${WAVE}/GM0363/excel/uploaden`);
      expect(await page.locator('.utrecht-alert, [role="alert"], #foutmeldingen').first().textContent()).toBeTruthy();
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
