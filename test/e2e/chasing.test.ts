import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitResponse } from '../../server/services/responses.ts';
import { linkIn, startSmtp } from '../coordination/support.ts';
import { completeAnswers, fill } from '../exchange/support.ts';
import { addContact, addInvitedAccount, issueAccountLink } from '../support/arrange.ts';
import { TEST_PASSWORD } from '../support/context.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { axeViolations } from './support/axe.ts';
import { launch, login, navigates, openPage } from './support/browser.ts';
import { WAVE } from '../support/wave.ts';

/**
 * Issue 16: a coordinator in the last week of the fieldwork (the wave closes on 30 June 2024) chases the
 * gemeenten of jeugdregio IJmond: workbench, filter, a reminder to the chosen ones, then invitations for
 * their contact people (preview, send), then the invitations nobody used. Mail goes to an SMTP server in
 * this process.
 */
const BEVERWIJK = 'GM0375'; // not started: one contact person, no account yet; an old invitation nobody used
const HEEMSKERK = 'GM0396'; // in progress: a contact person, a vaststeller, and a contact without an address
const VELSEN = 'GM0453'; // submitted: not in the workbench

let app: RunningApp;
let browser: Browser;
let smtp: Awaited<ReturnType<typeof startSmtp>>;

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ smtpUrl: smtp.url });
  browser = await launch();
  const s = app.ctx.services;
  const at = '2024-06-01T09:00:00Z';
  await addContact(s, BEVERWIJK, { name: 'Bea Bos', email: 'bea.bos@beverwijk.example.nl', role: 'contactpersoon', role_other: null }, at);
  await addContact(s, HEEMSKERK, { name: 'Henk Hoek', email: 'henk.hoek@heemskerk.example.nl', role: 'contactpersoon', role_other: null }, at);
  await addContact(s, HEEMSKERK, { name: 'Vera Vast', email: 'vera.vast@heemskerk.example.nl', role: 'vaststeller', role_other: null }, at);
  await addContact(s, HEEMSKERK, { name: 'Wim Wethouder', email: null, role: 'anders', role_other: 'wethouder' }, at);
  await addInvitedAccount(s, 'oud@beverwijk.example.nl', BEVERWIJK, at);
  await issueAccountLink(s, 'oud@beverwijk.example.nl', {
    purpose: 'uitnodiging', token: 'oude-link-beverwijk-0123456789', createdAt: at, expiresAt: '2024-06-15T09:00:00Z',
  });
  await fill(s, HEEMSKERK, { 'gemeente.reikwijdte.01': 'ja' });
  await fill(s, VELSEN, completeAnswers(s, 'gemeente', 1));
  expect(await submitResponse(s, WAVE, VELSEN, null)).toEqual({ ok: true });
  await app.ctx.addUser('coordinatie@example.nl', 'coordinator');
  app.ctx.setNow(new Date('2024-06-24T08:00:00Z'));
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await smtp?.close();
});

const rowsOf = (page: import('playwright-core').Page, selector: string) =>
  page.locator(`${selector} tbody tr`).evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => c.textContent!.replace(/\s+/g, ' ').trim())));
const mailsTo = (to: string) => smtp.received.filter((m) => m.to.includes(to));

describe('a coordinator chases in the last week of the fieldwork', () => {
  it('filters the workbench, reminds the chosen gemeenten, invites their contacts and sees the invitations nobody used', async () => {
    const { page, problems, context } = await openPage(browser, app.baseUrl);
    await login(page, 'coordinatie@example.nl', TEST_PASSWORD);

    // Coördinatie → Nog niet ingediend, then the gemeenten of IJmond.
    await navigates(page, () => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Coördinatie' }).click());
    await navigates(page, () => page.getByRole('navigation', { name: 'Coördinatie' }).getByRole('link', { name: 'Nog niet ingediend' }).click());
    await page.getByLabel('Soort').selectOption('gemeente');
    await page.getByLabel('Jeugdregio').selectOption('JZ10');
    await navigates(page, () => page.getByRole('button', { name: 'Toon organisaties' }).click());
    expect(await page.locator('#aantal').textContent()).toContain('2 organisaties hebben nog niet ingediend');
    const rows = await rowsOf(page, '#werkbank');
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Beverwijk GM0375', 'Niet gestart', 'Bea Bos (contactpersoon monitor) <bea.bos@beverwijk.example.nl>'],
      ['Heemskerk GM0396', 'Bezig', 'Henk Hoek (contactpersoon monitor) <henk.hoek@heemskerk.example.nl>, '
        + 'Vera Vast (vaststeller) <vera.vast@heemskerk.example.nl>, Wim Wethouder (wethouder, geen e-mail)'],
    ]);

    // Both chosen; a reminder through the preview.
    await page.getByLabel('Kies Beverwijk').check();
    await page.getByLabel('Kies Heemskerk').check();
    await navigates(page, () => page.getByRole('button', { name: 'Herinnering sturen aan gekozen organisaties' }).click());
    await navigates(page, () => page.getByRole('button', { name: 'Voorbeeld bekijken' }).click());
    expect((await page.textContent('main'))!.replace(/\s+/g, ' ')).toContain('De herinnering gaat naar 3 adressen bij 2 organisaties');
    await navigates(page, () => page.getByRole('button', { name: 'Versturen naar 3 adressen' }).click());
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Herinnering verstuurd naar 3 adressen bij 2 organisaties.' }).count()).toBe(1);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['bea.bos@beverwijk.example.nl', 'henk.hoek@heemskerk.example.nl', 'vera.vast@heemskerk.example.nl']);
    smtp.received.length = 0;

    // Back in the workbench the reminder shows; the same two chosen, now to invite their contact people.
    await navigates(page, () => page.getByRole('navigation', { name: 'Coördinatie' }).getByRole('link', { name: 'Nog niet ingediend' }).click());
    await page.getByLabel('Soort').selectOption('gemeente');
    await page.getByLabel('Jeugdregio').selectOption('JZ10');
    await navigates(page, () => page.getByRole('button', { name: 'Toon organisaties' }).click());
    expect((await rowsOf(page, '#werkbank')).map((r) => r.slice(-2))).toEqual([['24 juni 2024 om 10:00', '1'], ['24 juni 2024 om 10:00', '1']]);
    await page.getByLabel('Kies Beverwijk').check();
    await page.getByLabel('Kies Heemskerk').check();
    await navigates(page, () => page.getByRole('button', { name: 'Contactpersonen van gekozen organisaties uitnodigen' }).click());
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Uitnodigingen controleren');
    expect(await page.locator('#samenvatting').textContent()).toContain('3 personen krijgen een uitnodiging');
    expect((await rowsOf(page, '#uitnodigen')).map((r) => r[2])).toEqual([
      'bea.bos@beverwijk.example.nl', 'henk.hoek@heemskerk.example.nl', 'vera.vast@heemskerk.example.nl',
    ]);
    expect(await rowsOf(page, '#overslaan')).toEqual([['Heemskerk', 'Wim Wethouder (wethouder)', 'geen', 'geen e-mailadres']]);
    expect(await axeViolations(page), 'invitation preview').toEqual([]);
    expect(smtp.received).toEqual([]);
    await navigates(page, () => page.getByRole('button', { name: 'Uitnodiging versturen aan 3 personen' }).click());

    // The invitations nobody used: the three just sent and Beverwijk's old one.
    expect(new URL(page.url()).pathname).toBe('/beheer/uitnodigingen/ongebruikt');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Uitnodiging verstuurd naar 3 personen.' }).count()).toBe(1);
    expect(await page.locator('#aantal').textContent()).toContain('4 uitnodigingen zijn niet gebruikt');
    expect((await rowsOf(page, '#ongebruikt')).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Beverwijk', 'bea.bos@beverwijk.example.nl', 'geldig tot 8 juli 2024 om 10:00'],
      ['Beverwijk', 'oud@beverwijk.example.nl', 'verlopen'],
      ['Heemskerk', 'henk.hoek@heemskerk.example.nl', 'geldig tot 8 juli 2024 om 10:00'],
      ['Heemskerk', 'vera.vast@heemskerk.example.nl', 'geldig tot 8 juli 2024 om 10:00'],
    ]);
    expect(await axeViolations(page), 'never-used list').toEqual([]);
    const first = linkIn(mailsTo('bea.bos@beverwijk.example.nl')[0]!.text);

    // All of them again in one action: fresh links, the old ones stop working.
    await navigates(page, () => page.getByRole('button', { name: 'Alle 4 opnieuw versturen' }).click());
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Een nieuwe uitnodiging is verstuurd naar 4 personen' }).count()).toBe(1);
    expect(smtp.received).toHaveLength(7);
    const fresh = linkIn(mailsTo('bea.bos@beverwijk.example.nl').at(-1)!.text);
    expect(fresh).not.toBe(first);

    // The replaced link says a newer one exists; Bea follows the fresh link once; a second time it says it was used.
    const bea = await openPage(browser, app.baseUrl);
    await bea.page.goto(first);
    expect(await bea.page.getByRole('heading', { level: 1 }).textContent()).toBe('Er is een nieuwere link');
    await bea.page.goto(fresh);
    await bea.page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een lange wachtzin 2024');
    await bea.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een lange wachtzin 2024');
    await navigates(bea.page, () => bea.page.getByRole('button', { name: 'Wachtwoord opslaan' }).click());
    expect(new URL(bea.page.url()).pathname).toBe('/inloggen');
    await bea.page.goto(fresh);
    expect(await bea.page.getByRole('heading', { level: 1 }).textContent()).toBe('Deze link is al gebruikt');
    await bea.context.close();

    // Her invitation is used now: three are left.
    await page.reload();
    expect(await page.locator('#aantal').textContent()).toContain('3 uitnodigingen zijn niet gebruikt');
    expect(problems).toEqual([]);
    await context.close();
  });
});
