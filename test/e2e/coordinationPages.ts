import type { Page } from 'playwright-core';
import { addInvitedAccount, issueAccountLink, seedResponse } from '../support/arrange.ts';
import { CONTACT_PAGES } from './contactPages.ts';
import type { Env, PageCase } from './pages.ts';
import { navigates } from './support/browser.ts';
import { WAVE } from '../support/wave.ts';

const go = (path: string) => async (page: Page) => {
  await page.goto(path);
};
const coordinator = { role: 'coordinator' as const };
const admin = { role: 'admin' as const };

/** An invited account without a password, and the path of its (valid) link. */
async function invitation(env: Env, email: string, usedAt: string | null = null): Promise<string> {
  const s = env.app.ctx.services;
  await addInvitedAccount(s, email, 'GM0363', '2024-05-15T10:00:00Z');
  return issueAccountLink(s, email, {
    purpose: 'uitnodiging', token: `e2e-link-${email.replace(/\W/g, '-')}-0123456789`,
    createdAt: '2024-05-15T09:00:00Z', expiresAt: '2024-05-29T09:00:00Z', usedAt: usedAt ?? undefined,
  });
}

/** The coordination pages (/beheer) and the account pages, each in its typical states. */
export const COORDINATION_PAGES: PageCase[] = [
  { name: 'wachtwoord vergeten', as: null, visit: go('/wachtwoord-vergeten') },
  {
    name: 'wachtwoord vergeten: ongeldig adres (422)', as: null,
    async visit(page) {
      await page.goto('/wachtwoord-vergeten');
      await page.getByLabel('E-mailadres').fill('geen-adres');
      await navigates(page, () => page.getByRole('button', { name: 'Stuur mij een link' }).click());
    },
  },
  {
    name: 'wachtwoord instellen (uitnodiging)', as: null,
    async visit(page, env) {
      await page.goto(await invitation(env, 'e2e-nieuw@example.nl'));
    },
  },
  {
    name: 'wachtwoord instellen: te kort en niet gelijk (422)', as: null,
    async visit(page, env) {
      await page.goto(await invitation(env, 'e2e-kort@example.nl'));
      await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('kort');
      await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('anders');
      await navigates(page, () => page.getByRole('button', { name: 'Wachtwoord opslaan' }).click());
    },
  },
  {
    name: 'wachtwoordlink al gebruikt (410)', as: null,
    async visit(page, env) {
      await page.goto(await invitation(env, 'e2e-gebruikt@example.nl', '2024-05-15T09:30:00Z'));
    },
  },
  { name: 'onbekende wachtwoordlink (404)', as: null, visit: go('/wachtwoord/instellen/onbekende-link-0123456789abcdef') },
  {
    name: 'coördinatie: respons met grafiek', as: coordinator,
    async visit(page, env) {
      for (const [org, day] of [['GM1680', '2024-04-10'], ['GM0744', '2024-04-12'], ['GM0743', '2024-05-01']] as const) {
        await seedResponse(env.app.ctx.services, org, { 'x.toelichting': 'x' }, { at: `${day}T10:00:00Z` });
      }
      await page.goto('/beheer/respons');
    },
  },
  { name: 'coördinatie: overzicht', as: coordinator, visit: go('/beheer') },
  { name: 'coördinatie: organisaties gefilterd', as: coordinator, visit: go('/beheer/organisaties?soort=gemeente&provincie=PV20') },
  { name: 'coördinatie: organisatie', as: coordinator, visit: go('/beheer/organisaties/GM0363') },
  {
    name: 'coördinatie: uitnodigen met fout adres (422)', as: coordinator,
    async visit(page) {
      await page.goto('/beheer/organisaties/GM0363');
      await page.getByLabel('Personen uitnodigen').fill('fout@@adres');
      await navigates(page, () => page.getByRole('button', { name: 'Uitnodiging versturen' }).click());
    },
  },
  {
    name: 'coördinatie: extra tijd met datum in het verleden (422)', as: coordinator,
    async visit(page) {
      await page.goto('/beheer/organisaties/GM0363');
      await page.getByLabel('Nieuwe sluitdatum').fill('2024-01-01');
      await page.getByLabel('Reden').fill('Raad stelt later vast');
      await navigates(page, () => page.getByRole('button', { name: 'Extra tijd geven' }).click());
    },
  },
  { name: 'coördinatie: geschiedenis', as: coordinator, visit: go(`/beheer/organisaties/GM0363/geschiedenis?ronde=${WAVE}`) },
  { name: 'coördinatie: importeren', as: coordinator, visit: go('/beheer/organisaties/importeren') },
  {
    name: 'coördinatie: import met fouten (422)', as: coordinator,
    async visit(page) {
      await page.goto('/beheer/organisaties/importeren');
      await page.getByLabel('Bestand (CSV of .xlsx)').setInputFiles({ name: 'org.csv', mimeType: 'text/csv', buffer: Buffer.from('code;naam;soort\nGM9999;Test;waterschap\nGM9998;Goed;gemeente\n') });
      await navigates(page, () => page.getByRole('button', { name: 'Bestand controleren' }).click());
    },
  },
  { name: 'coördinatie: nog niet ingediend (werkbank)', as: coordinator, visit: go('/beheer/niet-ingediend?sorteer=voortgang&richting=af') },
  { name: 'coördinatie: werkbank gefilterd, tweede pagina', as: coordinator, visit: go('/beheer/niet-ingediend?soort=gemeente&pagina=2') },
  { name: 'coördinatie: herinnering zonder gekozen organisaties (422)', as: coordinator, visit: go('/beheer/herinneringen?werkbank=ja') },
  { name: 'coördinatie: herinnering aan gekozen organisaties', as: coordinator, visit: go('/beheer/herinneringen?werkbank=ja&organisatie=GM0363&organisatie=GM0014') },
  { name: 'coördinatie: herinneringen', as: coordinator, visit: go('/beheer/herinneringen') },
  {
    name: 'coördinatie: herinnering zonder ontvangers (422)', as: coordinator,
    async visit(page) {
      await page.goto('/beheer/herinneringen');
      await page.getByLabel('Jeugdregio').selectOption('JZ02');
      await navigates(page, () => page.getByRole('button', { name: 'Voorbeeld bekijken' }).click());
    },
  },
  { name: 'coördinatie: monitorrondes', as: coordinator, visit: go('/beheer/rondes') },
  {
    name: 'beheer: ronde met sluitdatum voor openingsdatum (422)', as: admin,
    async visit(page) {
      await page.goto(`/beheer/rondes/${WAVE}`);
      await page.getByLabel('Sluitdatum veldwerk').fill('2024-01-01');
      await navigates(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
    },
  },
  { name: 'beheer: nieuwe ronde', as: admin, visit: go('/beheer/rondes/nieuw') },
  { name: 'beheer: medewerkers', as: admin, visit: go('/beheer/gebruikers') },
  { name: 'coördinatie: verstuurde e-mail', as: coordinator, visit: go('/beheer/e-mail') },
  ...CONTACT_PAGES,
];
