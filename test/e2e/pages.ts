import type { Page } from 'playwright-core';
import type { Role } from '../../server/auth/roles.ts';
import { saveAnswers } from '../../server/services/responses.ts';
import { fullAnswers } from '../security/fixtures.ts';
import { setTotp } from '../support/arrange.ts';
import { TEST_PASSWORD } from '../support/context.ts';
import type { RunningApp } from './support/app.ts';
import { COORDINATION_PAGES } from './coordinationPages.ts';
import { EXCHANGE_PAGES } from './exchangePages.ts';
import { MONITOR_PAGES } from './monitorPages.ts';
import { SIGN_OFF_PAGES } from './signOffPages.ts';
import { REMINDER_PLAN_PAGES } from './reminderPlanPages.ts';
import { WAVE_PAGES } from './wavePages.ts';
import { login, navigates } from './support/browser.ts';
import { WAVE } from '../support/wave.ts';

export { WAVE };

export const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export interface Env {
  app: RunningApp;
  /** The logged-in user's e-mail address (a fresh account per page case). */
  email: string;
}

/**
 * One kind of page in one state. The accessibility test opens each in a fresh browser profile,
 * logged in as a new user with `as`, runs `visit`, and expects zero axe violations.
 * Other parts of the app add their pages here (dashboards, coordination, exports).
 */
export interface PageCase {
  name: string;
  as: { role: Role; org?: string } | null;
  visit(page: Page, env: Env): Promise<void>;
  /** Runs after the check, e.g. to put the clock back. */
  after?(env: Env): void;
  javaScript?: boolean;
}

const q = (org: string) => `/vragenlijst/${WAVE}/${org}`;
const go = (path: string) => async (page: Page) => {
  await page.goto(path);
};

async function prefill(env: Env, org: string, actor: string, text = 'Een toelichting bij deze vraag.') {
  const survey = env.app.ctx.services.surveys.get(WAVE)!;
  const r = await saveAnswers(env.app.ctx.services, {
    waveId: WAVE, orgCode: org, userId: null, baseVersion: null, mode: 'json', channel: 'import', input: fullAnswers(survey, actor, text),
  });
  if (r.kind !== 'saved') throw new Error(`prefill ${org}: ${r.kind}`);
}

const gemeenteThemes = ['reikwijdte', 'aanpalende-domeinen', 'lokale-teams', 'residentieel', 'eenvoudiger-uitvoering', 'beleving'];
const regioThemes = ['eenvoudiger-uitvoering', 'residentieel'];

export const PAGES: PageCase[] = [
  // Anonymous
  { name: 'inloggen', as: null, visit: go('/inloggen') },
  {
    name: 'inloggen: verkeerd wachtwoord (401)', as: null,
    async visit(page) {
      await page.goto('/inloggen');
      await page.getByLabel('E-mailadres').fill('iemand@example.nl');
      await page.getByLabel('Wachtwoord').fill('fout');
      await navigates(page, () => page.getByRole('button', { name: 'Inloggen' }).click());
    },
  },
  {
    name: 'inloggen: lege velden (422)', as: null,
    async visit(page) {
      await page.goto('/inloggen');
      await navigates(page, () => page.getByRole('button', { name: 'Inloggen' }).click());
      if (!(await page.textContent('#password-fout'))?.includes('Vul uw wachtwoord in')) throw new Error('no field message');
    },
  },
  {
    name: 'inloggen: te veel pogingen (429)', as: null,
    async visit(page) {
      for (let i = 0; i < 6; i++) {
        await page.goto('/inloggen');
        await page.getByLabel('E-mailadres').fill('geblokkeerd@example.nl');
        await page.getByLabel('Wachtwoord').fill('fout');
        await navigates(page, () => page.getByRole('button', { name: 'Inloggen' }).click());
      }
      if (!(await page.textContent('main'))?.includes('Te veel mislukte inlogpogingen')) throw new Error('not throttled');
    },
  },
  { name: 'toegankelijkheidsverklaring', as: null, visit: go('/toegankelijkheid') },
  { name: 'privacyverklaring', as: null, visit: go('/privacy') },
  { name: 'contact en colofon', as: null, visit: go('/contact') },
  { name: 'pagina niet gevonden (404)', as: null, visit: go('/bestaat-niet') },

  // Respondent (gemeente)
  { name: 'startpagina', as: { role: 'respondent', org: 'GM0363' }, visit: go('/') },
  { name: 'vragenlijst: overzicht van de thema\'s', as: { role: 'respondent', org: 'GM0363' }, visit: go(q('GM0363')) },
  ...gemeenteThemes.map((t): PageCase => ({ name: `thema ${t} (gemeente, leeg)`, as: { role: 'respondent', org: 'GM0363' }, visit: go(`${q('GM0363')}/thema/${t}`) })),
  ...gemeenteThemes.map((t): PageCase => ({
    name: `thema ${t} (gemeente, ingevuld, zonder JavaScript)`, as: { role: 'respondent', org: 'GM0772' }, javaScript: false,
    async visit(page, env) {
      if (t === gemeenteThemes[0]) await prefill(env, 'GM0772', 'gemeente');
      await page.goto(`${q('GM0772')}/thema/${t}`);
    },
  })),
  ...regioThemes.map((t): PageCase => ({
    name: `thema ${t} (regio, 'anders' gekozen)`, as: { role: 'respondent', org: 'JZ13' },
    async visit(page, env) {
      if (t === regioThemes[0]) await prefill(env, 'JZ13', 'regio');
      await page.goto(`${q('JZ13')}/thema/${t}`);
    },
  })),
  {
    name: 'thema met foutmeldingen (422)', as: { role: 'respondent', org: 'GM0014' },
    async visit(page) {
      await page.goto(`${q('GM0014')}/thema/lokale-teams`);
      await page.locator('section.question input[inputmode=decimal]').first().fill('veel');
      await navigates(page, () => page.getByRole('button', { name: 'Opslaan', exact: true }).click());
    },
  },
  {
    name: 'thema met een conflict met een collega (409)', as: { role: 'respondent', org: 'GM0034' },
    async visit(page, env) {
      await page.goto(`${q('GM0034')}/thema/reikwijdte`);
      await saveAnswers(env.app.ctx.services, {
        waveId: WAVE, orgCode: 'GM0034', userId: null, baseVersion: null, mode: 'json', channel: 'web', input: { 'gemeente.reikwijdte.01': 'nee' },
      });
      await page.locator('section.question input[type=radio]').first().check();
      await navigates(page, () => page.getByRole('button', { name: 'Opslaan', exact: true }).click());
      if (!(await page.textContent('main'))?.includes('Gewijzigd door een collega')) throw new Error('no conflict shown');
    },
  },
  {
    name: 'thema na een verlopen formulier (invoer bewaard)', as: { role: 'respondent', org: 'GM0037' },
    async visit(page) {
      await page.goto(`${q('GM0037')}/thema/reikwijdte`);
      await page.locator('section.question input[type=radio]').first().check();
      await page.locator('input[name=_csrf]').last().evaluate((el: HTMLInputElement) => { el.value = 'verlopen'; });
      await navigates(page, () => page.getByRole('button', { name: 'Opslaan', exact: true }).click());
      if (!(await page.textContent('main'))?.includes('nog niet opgeslagen')) throw new Error('no expiry notice');
    },
  },
  { name: 'controleren, met ontbrekende antwoorden', as: { role: 'respondent', org: 'GM0047' }, visit: go(`${q('GM0047')}/controleren`) },
  {
    // A definition that refuses open required questions (the engine's default; the 2024 file confirms them).
    name: 'controleren: indienen met ontbrekende verplichte antwoorden (geweigerd)', as: { role: 'respondent', org: 'GM0047' },
    async visit(page, env) {
      env.app.ctx.services.surveys.get(WAVE)!.openAtSubmit = 'refuse';
      await page.goto(`${q('GM0047')}/controleren`);
      await navigates(page, () => page.getByRole('button', { name: 'Vragenlijst indienen' }).click());
      if ((await page.locator('#foutmeldingen').count()) === 0) throw new Error('no refusal');
    },
    after(env) { env.app.ctx.services.surveys.get(WAVE)!.openAtSubmit = 'confirm'; },
  },
  {
    name: 'controleren: indienen met open vragen vraagt om bevestiging', as: { role: 'respondent', org: 'GM0047' },
    async visit(page) {
      await page.goto(`${q('GM0047')}/controleren`);
      await navigates(page, () => page.getByRole('button', { name: 'Vragenlijst indienen' }).click());
      if ((await page.getByRole('button', { name: 'Ja, toch indienen' }).count()) === 0) throw new Error('no confirmation');
    },
  },
  {
    name: 'controleren, compleet', as: { role: 'respondent', org: 'GM0050' },
    async visit(page, env) {
      await prefill(env, 'GM0050', 'gemeente');
      await page.goto(`${q('GM0050')}/controleren`);
    },
  },
  {
    name: 'ingediend (bevestiging)', as: { role: 'respondent', org: 'GM0050' },
    async visit(page) {
      await page.goto(`${q('GM0050')}/controleren`);
      await navigates(page, () => page.getByRole('button', { name: 'Vragenlijst indienen' }).click());
    },
  },
  { name: 'overzicht na indienen (heropenen)', as: { role: 'respondent', org: 'GM0050' }, visit: go(q('GM0050')) },
  { name: 'heropenen bevestigen', as: { role: 'respondent', org: 'GM0050' }, visit: go(`${q('GM0050')}/heropenen`) },
  { name: 'thema na indienen (alleen lezen)', as: { role: 'respondent', org: 'GM0050' }, visit: go(`${q('GM0050')}/thema/beleving`) },
  { name: 'afdrukbaar overzicht', as: { role: 'respondent', org: 'GM0050' }, visit: go(`${q('GM0050')}/afdrukken`) },
  { name: 'geen toegang (403)', as: { role: 'respondent', org: 'GM0363' }, visit: go(q('GM0599')) },
  { name: 'uw account (respondent)', as: { role: 'respondent', org: 'GM0363' }, visit: go('/account') },
  {
    name: 'vragenlijst na de sluiting van het veldwerk', as: { role: 'respondent', org: 'GM0363' },
    async visit(page, env) {
      env.app.ctx.setNow(new Date('2024-07-15T10:00:00Z'));
      await page.goto(`${q('GM0363')}/thema/reikwijdte`);
    },
    after: (env) => env.app.ctx.setNow(new Date('2024-05-15T10:00:00Z')),
  },

  // Staff
  { name: 'startpagina (coördinator)', as: { role: 'coordinator' }, visit: go('/') },
  { name: 'thema namens een gemeente (coördinator)', as: { role: 'coordinator' }, visit: go(`${q('GM0363')}/thema/lokale-teams`) },
  { name: 'uw account (analist)', as: { role: 'analyst' }, visit: go('/account') },
  { name: 'tweestapsverificatie instellen', as: { role: 'admin' }, visit: go('/account/tweestapsverificatie') },
  {
    name: 'tweestapsverificatie: foute code (422)', as: { role: 'admin' },
    async visit(page) {
      await page.goto('/account/tweestapsverificatie');
      await page.getByLabel('Code uit uw app').fill('000000');
      await navigates(page, () => page.getByRole('button', { name: 'Tweestapsverificatie aanzetten' }).click());
    },
  },
  {
    name: 'inlogcode (tweede stap), foute code (401)', as: null,
    async visit(page, env) {
      const email = `tweestaps-${Date.now()}@example.nl`;
      await env.app.ctx.addUser(email, 'coordinator');
      await setTotp(env.app.ctx.services, email, TOTP_SECRET);
      await login(page, email, TEST_PASSWORD);
      if (!page.url().endsWith('/inloggen/code')) throw new Error('no second step');
      await page.getByLabel('Code uit uw app').fill('000000');
      await navigates(page, () => page.getByRole('button', { name: 'Inloggen' }).click());
    },
  },
  ...COORDINATION_PAGES,
  ...REMINDER_PLAN_PAGES,
  ...MONITOR_PAGES,
  ...EXCHANGE_PAGES,
  ...SIGN_OFF_PAGES,
  ...WAVE_PAGES,
];
