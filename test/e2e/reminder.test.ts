import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emlText } from '../../server/mail/outbox.ts';
import { submitResponse } from '../../server/services/responses.ts';
import { loadWave } from '../../server/services/surveyWaves.ts';
import { completeAnswers, fill } from '../exchange/support.ts';
import { setOrganisation } from '../support/arrange.ts';
import { TEST_PASSWORD } from '../support/context.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { axeViolations } from './support/axe.ts';
import { launch, login, logout, navigates, openPage } from './support/browser.ts';
import { WAVE } from '../support/wave.ts';

// Jeugdregio IJmond: three gemeenten, each in another state.
const BEVERWIJK = 'GM0375'; // not started, one active respondent account
const HEEMSKERK = 'GM0396'; // in progress, only a contact address
const VELSEN = 'GM0453'; // submitted: gets no reminder

let app: RunningApp;
let browser: Browser;
let outboxDir: string;

beforeAll(async () => {
  outboxDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenmonitor-e2e-outbox-'));
  app = await startApp({ outboxDir });
  browser = await launch();
  const s = app.ctx.services;
  await app.ctx.addUser('jeugd@beverwijk.example.nl', 'respondent', BEVERWIJK);
  await setOrganisation(s, HEEMSKERK, { contact_email: 'jeugd@heemskerk.example.nl' });
  await fill(s, HEEMSKERK, { 'gemeente.reikwijdte.01': 'ja' });
  await fill(s, VELSEN, completeAnswers(s, 'gemeente', 1));
  expect(await submitResponse(s, WAVE, VELSEN, null)).toEqual({ ok: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  rmSync(outboxDir, { recursive: true, force: true });
});

const outbox = () =>
  readdirSync(outboxDir).filter((f) => f.endsWith('.eml')).map((f) => {
    const raw = readFileSync(path.join(outboxDir, f), 'utf8');
    return { to: /^To: (.*)$/m.exec(raw)?.[1] ?? '', raw, text: emlText(raw) ?? '' };
  });

describe('a coordinator sends a reminder', () => {
  it('selects organisations, previews, sends, and finds the messages in the logs and the outbox', async () => {
    const { wave } = await loadWave(app.ctx.services, WAVE);
    await app.ctx.addUser('coordinatie@example.nl', 'coordinator');
    const { page, problems, context } = await openPage(browser, app.baseUrl);
    await login(page, 'coordinatie@example.nl', TEST_PASSWORD);

    // Coördinatie → Herinneringen, through the menus.
    await navigates(page, () => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Coördinatie' }).click());
    await navigates(page, () => page.getByRole('navigation', { name: 'Coördinatie' }).getByRole('link', { name: 'Herinneringen' }).click());
    expect(new URL(page.url()).pathname).toBe('/beheer/herinneringen');
    expect(await page.getByText('In deze ronde zijn nog geen herinneringen verstuurd.').count()).toBe(1);

    // Gemeenten in jeugdregio IJmond that have not submitted (the states chosen by default).
    await page.getByRole('checkbox', { name: 'Gemeenten' }).check();
    await page.getByLabel('Jeugdregio').selectOption('JZ10');
    expect(await page.getByRole('checkbox', { name: 'Niet gestart' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Bezig' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Ingediend' }).isChecked()).toBe(false);
    await navigates(page, () => page.getByRole('button', { name: 'Voorbeeld bekijken' }).click());

    // The preview: who gets it, and the message as the first organisation will read it. Nothing sent yet.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Herinnering controleren');
    const main = (await page.textContent('main'))!.replace(/\s+/g, ' ');
    expect(main).toContain('De herinnering gaat naar 2 adressen bij 2 organisaties');
    expect(main).toContain('Er is nog niets verstuurd.');
    const recipients = await page.locator('table tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => c.textContent!.trim())));
    expect(recipients).toEqual([
      ['Beverwijk', 'Niet gestart', 'jeugd@beverwijk.example.nl'],
      ['Heemskerk', 'Bezig', 'jeugd@heemskerk.example.nl'],
    ]);
    const example = (await page.locator('pre.coord-mail__body').textContent())!;
    expect(example).toContain('De vragenlijst van Beverwijk');
    expect(example).toContain(`/vragenlijst/${WAVE}/${BEVERWIJK}`);
    expect(example).not.toMatch(/\{(organisatie|link|sluitdatum|ronde)\}/);
    expect(await axeViolations(page), 'preview page').toEqual([]);
    expect(outbox()).toEqual([]);

    // Send.
    await navigates(page, () => page.getByRole('button', { name: 'Versturen naar 2 adressen' }).click());
    expect(new URL(page.url()).pathname).toBe('/beheer/herinneringen');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Herinnering verstuurd naar 2 adressen bij 2 organisaties.' }).count()).toBe(1);
    const sent = page.getByRole('table', { name: 'Per organisatie: aantal verstuurde herinneringen en de laatste' });
    expect(await sent.locator('tbody th').allTextContents()).toEqual(['Beverwijk', 'Heemskerk']);

    // The organisation page lists the message it got.
    await navigates(page, () => sent.getByRole('link', { name: 'Heemskerk' }).click());
    expect(new URL(page.url()).pathname).toBe(`/beheer/organisaties/${HEEMSKERK}`);
    const perOrg = page.getByRole('table', { name: 'E-mail aan Heemskerk, nieuwste eerst' });
    const subject = `Herinnering: vragenlijst ${wave.title}`;
    expect(await perOrg.getByRole('link', { name: subject }).count()).toBe(1);
    expect(await perOrg.textContent()).toContain('jeugd@heemskerk.example.nl');

    // The e-mail list shows both; a message opens with its text (a reminder's link is no secret).
    await navigates(page, () => page.getByRole('navigation', { name: 'Coördinatie' }).getByRole('link', { name: 'Verstuurde e-mail' }).click());
    const log = page.getByRole('table', { name: /^Berichten/ });
    const rows = await log.locator('tbody tr').evaluateAll((trs) => trs.map((r) => Array.from(r.children).map((c) => c.textContent!.trim())));
    expect(rows.map((r) => [r[1], r[2], r[3], r[4]]).sort()).toEqual([
      ['Herinnering', 'jeugd@beverwijk.example.nl', 'Beverwijk', subject],
      ['Herinnering', 'jeugd@heemskerk.example.nl', 'Heemskerk', subject],
    ]);
    expect(rows.every((r) => r[5]!.startsWith('In outbox: '))).toBe(true);
    await navigates(page, () => log.locator('tr', { hasText: 'Beverwijk' }).getByRole('link', { name: subject }).click());
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(subject);
    expect(await page.locator('pre.coord-mail__body').textContent()).toContain('De vragenlijst van Beverwijk');
    expect(await axeViolations(page), 'message page').toEqual([]);
    await logout(page);

    // The outbox folder holds one message per address, each with its own organisation and link.
    const mails = outbox();
    expect(mails.map((m) => m.to).sort()).toEqual(['jeugd@beverwijk.example.nl', 'jeugd@heemskerk.example.nl']);
    for (const [to, name, code] of [['jeugd@beverwijk.example.nl', 'Beverwijk', BEVERWIJK], ['jeugd@heemskerk.example.nl', 'Heemskerk', HEEMSKERK]] as const) {
      const m = mails.find((x) => x.to === to)!;
      expect(m.raw).toMatch(/^Subject: /m);
      expect(m.text).toContain(`De vragenlijst van ${name} voor de ${wave.title} is nog niet ingediend.`);
      expect(m.text).toContain(`/vragenlijst/${WAVE}/${code}`);
    }

    // The respondent follows the link from the e-mail and lands on the questionnaire.
    const link = /https?:\/\/\S+\/vragenlijst\/\S+/.exec(mails.find((m) => m.to === 'jeugd@beverwijk.example.nl')!.text)![0];
    await login(page, 'jeugd@beverwijk.example.nl', TEST_PASSWORD);
    await page.goto(new URL(link).pathname);
    expect(new URL(page.url()).pathname).toBe(`/vragenlijst/${WAVE}/${BEVERWIJK}`);
    expect(await page.getByRole('link', { name: 'Reikwijdte' }).count()).toBeGreaterThan(0);

    expect(problems).toEqual([]);
    await context.close();
  });
});
