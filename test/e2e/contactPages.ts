import type { Page } from 'playwright-core';
import { addContact, addInvitedAccount, issueAccountLink } from '../support/arrange.ts';
import type { Env, PageCase } from './pages.ts';
import { navigates } from './support/browser.ts';
import { WAVE } from '../support/wave.ts';

// The pages of issue 16, points 1 and 2 (contacts, bulk invitations), for the axe and layout sweeps.

const coordinator = { role: 'coordinator' as const };
const seededApps = new WeakSet<object>();

/** Contacts of Groningen (one without an address) and an unused invitation, once per app. */
async function seed(env: Env): Promise<void> {
  if (seededApps.has(env.app)) return;
  seededApps.add(env.app);
  const s = env.app.ctx.services;
  const now = '2024-05-01T00:00:00Z';
  const cor = 'cor.smit.beleidsmedewerker@stadskanaal.example.nl';
  await addContact(s, 'GM0014', { name: 'Anna de Vries', email: 'anna@groningen.example.nl', role: 'contactpersoon', role_other: null }, now);
  await addContact(s, 'GM0014', { name: 'Bram Bakker met een heel lange naam', email: null, role: 'vaststeller', role_other: null }, now);
  await addContact(s, 'GM0037', { name: 'Cor Smit', email: cor, role: 'anders', role_other: 'Beleidsmedewerker jeugd en onderwijs' }, now);
  await addInvitedAccount(s, cor, 'GM0037', now);
  await issueAccountLink(s, cor, { purpose: 'uitnodiging', token: 'e2e-contact-link-0123456789', createdAt: now, expiresAt: '2024-05-15T00:00:00Z' });
}

const seeded = (path: string) => async (page: Page, env: Env) => {
  await seed(env);
  await page.goto(path);
};

export const CONTACT_PAGES: PageCase[] = [
  { name: 'coördinatie: organisatie met contactpersonen', as: coordinator, visit: seeded('/beheer/organisaties/GM0014#contactpersonen') },
  {
    name: 'coördinatie: contactpersoon met fouten (422)', as: coordinator,
    async visit(page, env) {
      await seeded('/beheer/organisaties/GM0014')(page, env);
      const form = page.locator('form', { has: page.getByRole('group', { name: 'Contactpersoon toevoegen' }) });
      await form.getByLabel('E-mailadres').fill('geen-adres');
      await navigates(page, () => form.getByRole('button', { name: 'Contactpersoon toevoegen' }).click());
    },
  },
  {
    name: 'coördinatie: contactpersonen importeren met fouten (422)', as: coordinator,
    async visit(page) {
      await page.goto('/beheer/organisaties/importeren');
      const file = 'code;naam;e-mail;rol\nGM0014;Anna;anna@;contactpersoon\nGM9999;Onbekend;x@example.nl;\nGM0037;Goed;goed@example.nl;vaststeller\n';
      await page.getByLabel('Bestand (CSV of .xlsx)').setInputFiles({ name: 'contacten.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
      await navigates(page, () => page.getByRole('button', { name: 'Bestand controleren' }).click());
    },
  },
  { name: 'coördinatie: uitnodigen (keuze)', as: coordinator, visit: seeded('/beheer/uitnodigingen') },
  { name: 'coördinatie: uitnodigingen controleren', as: coordinator, visit: seeded(`/beheer/uitnodigingen/voorbeeld?ronde=${WAVE}&regio=JZ01`) },
  { name: 'coördinatie: uitnodigen zonder gekozen organisaties (422)', as: coordinator, visit: seeded(`/beheer/uitnodigingen/voorbeeld?ronde=${WAVE}&werkbank=ja`) },
  { name: 'coördinatie: ongebruikte uitnodigingen', as: coordinator, visit: seeded('/beheer/uitnodigingen/ongebruikt') },
];
