import type { Page } from 'playwright-core';
import { generateWave } from '../../server/services/syntheticWave.ts';
import { submitResponse } from '../../server/services/responses.ts';
import { loadSurveys } from '../../server/survey/loader.ts';
import { completeAnswers, fill } from '../exchange/support.ts';
import type { Env, PageCase } from './pages.ts';
import { navigates } from './support/browser.ts';
import { WAVE } from '../support/wave.ts';
import { organisationsWithResponse } from '../support/inspect.ts';

const m = (path = '') => `/monitor/${WAVE}${path}`;
const survey = loadSurveys().get(WAVE)!;
/** Each theme, and what must be on its page: bars for gemeenten and regio's, a table for a national party alone. */
const THEMES = survey.themes.map((t) => ({
  id: t.id,
  expect: survey.questions.some((q) => q.theme === t.id && q.actorKinds.some((a) => a === 'gemeente' || a === 'regio')) ? 'table svg' : '.monitor-table',
}));

/** Respondents whose organisation submitted (they may see the monitor), and one that did not. */
const TILBURG = 'GM0855';
const DEN_HAAG = 'GM0518';
const HAAGLANDEN = 'JZ24';
const ENSCHEDE = 'GM0153';

const analyst = { role: 'analyst' as const };
const coordinator = { role: 'coordinator' as const };

const seeded = new WeakSet<object>();

/**
 * A national-size wave of submitted answers (so every table has figures, bars and explanations),
 * once per app. Organisations that other page cases log in for, or that already have a response,
 * are left alone; the respondents above get a complete, submitted questionnaire of their own.
 */
async function withMonitorData(env: Env): Promise<void> {
  if (seeded.has(env.app)) return;
  seeded.add(env.app);
  const { services: s, database } = env.app.ctx;
  const { PAGES } = await import('./pages.ts');
  const answered = await organisationsWithResponse(env.app.ctx, WAVE);
  const skip = new Set([...answered, ...PAGES.flatMap((c) => (c.as?.org ? [c.as.org] : []))]);
  await generateWave(database, s.surveys.get(WAVE)!, WAVE, { scale: 1, submitted: 0.9, skip, at: '2024-05-01T10:00:00.000Z' });
  for (const [org, actor] of [[TILBURG, 'gemeente'], [DEN_HAAG, 'gemeente'], [HAAGLANDEN, 'regio']] as const) {
    await fill(s, org, completeAnswers(s, actor, org.length));
    const done = await submitResponse(s, WAVE, org, null);
    if (!done.ok) throw new Error(`submit ${org}: ${done.message}`);
  }
}

/** Opens a page after seeding; `expect` (a selector) must be on it, so a page without figures does not pass unseen. */
const visit = (path: string, expect?: string) => async (page: Page, env: Env) => {
  await withMonitorData(env);
  await page.goto(path);
  if (expect && (await page.locator(expect).count()) === 0) throw new Error(`${path}: no ${expect}`);
};

/** Every page type of the monitor (/monitor), with figures, charts, filters and error states. */
export const MONITOR_PAGES: PageCase[] = [
  { name: 'monitor: overzicht', as: analyst, visit: visit(m(), '.respondents-table') },
  ...THEMES.map((t): PageCase => ({ name: `monitor: thema ${t.id} (tabellen en grafieken)`, as: analyst, visit: visit(m(`/thema/${t.id}`), t.expect) })),
  { name: 'monitor: thema met filter, kleine groep zonder percentages', as: coordinator, visit: visit(m('/thema/lokale-teams?regio=JZ22&concepten=1'), '.suppressed') },
  {
    name: 'monitor: filter via het formulier', as: analyst,
    async visit(page, env) {
      await withMonitorData(env);
      await page.goto(m('/thema/reikwijdte'));
      await page.getByLabel('Inwoners').selectOption('ge100k');
      await page.getByLabel('Provincie').selectOption('PV27');
      await navigates(page, () => page.getByRole('button', { name: 'Filter toepassen' }).click());
      if (!new URL(page.url()).search.includes('provincie=PV27')) throw new Error('filter not applied');
    },
  },
  { name: 'monitor: thema gefilterd op stedelijkheid', as: analyst, visit: visit(m('/thema/residentieel?stedelijkheid=1'), '#stedelijkheid') },
  { name: 'monitor: ongeldige stedelijkheid (422)', as: analyst, visit: visit(m('?stedelijkheid=9'), '.error-summary') },
  { name: 'monitor: ongeldig filter (422)', as: analyst, visit: visit(m('?inwoners=veel&provincie=PV99'), '.error-summary') },
  { name: 'monitor: thema met ongeldig filter (422)', as: analyst, visit: visit(m('/thema/residentieel?regio=JZ99'), '.error-summary') },
  { name: 'monitor: thema, lege filtercombinatie (geen organisaties)', as: analyst, visit: visit(m('/thema/aanpalende-domeinen?provincie=PV20&regio=JZ13'), '.suppressed') },
  { name: 'monitor: thema met het eigen antwoord gemarkeerd (respondent)', as: { role: 'respondent', org: TILBURG }, visit: visit(m('/thema/reikwijdte'), '.tag--own') },
  { name: 'monitor: achter op planning', as: analyst, visit: visit(m('/achterstand'), '.behind-table') },
  { name: 'monitor: achter op planning, gefilterd', as: analyst, visit: visit(m('/achterstand?inwoners=lt100k')) },
  { name: 'monitor: vergelijken, nog niets gekozen', as: analyst, visit: visit(m('/vergelijken')) },
  { name: 'monitor: vergelijken, organisatie met een andere', as: analyst, visit: visit(m(`/vergelijken?organisatie=${TILBURG}&met=${DEN_HAAG}`), '.benchmark-table svg') },
  { name: 'monitor: vergelijken, regio', as: analyst, visit: visit(m(`/vergelijken?organisatie=${HAAGLANDEN}`), '.benchmark-table') },
  { name: 'monitor: vergelijken, onbekende organisatie (422)', as: analyst, visit: visit(m('/vergelijken?organisatie=GM9999'), '.error-summary') },
  { name: 'monitor: vergelijken, eigen organisatie (respondent)', as: { role: 'respondent', org: TILBURG }, visit: visit(m(`/vergelijken?met=${DEN_HAAG}`), '.benchmark-table') },
  { name: 'monitor: vergelijken met een niet beschikbare organisatie (422)', as: { role: 'respondent', org: TILBURG }, visit: visit(m(`/vergelijken?met=${ENSCHEDE}`), '.error-summary') },
  { name: 'monitor: regio, nog niets gekozen', as: analyst, visit: visit(m('/regio')) },
  { name: 'monitor: regio en haar gemeenten', as: analyst, visit: visit(m('/regio?regio=JZ21'), '.parallel-table svg') },
  { name: 'monitor: eigen regio (respondent regio)', as: { role: 'respondent', org: HAAGLANDEN }, visit: visit(m('/regio'), '.parallel-table') },
  { name: 'monitor: onbekende regio (422)', as: analyst, visit: visit(m('/regio?regio=JZ99'), '.error-summary') },
  { name: 'monitor: toelichtingen', as: analyst, visit: visit(m('/toelichtingen'), '.explanation-list__item strong') },
  {
    name: 'monitor: toelichtingen doorzocht', as: coordinator,
    async visit(page, env) {
      await withMonitorData(env);
      await page.goto(m('/toelichtingen'));
      await page.getByLabel('Zoek in de toelichtingen').fill('huisartsen');
      await page.getByLabel('Partij', { exact: true }).selectOption('gemeente');
      await navigates(page, () => page.getByRole('button', { name: 'Zoeken' }).click());
      if (!(await page.textContent('main'))?.includes('met ‘huisartsen’')) throw new Error('no search result line');
    },
  },
  { name: 'monitor: toelichtingen bij één vraag', as: analyst, visit: visit(m('/toelichtingen?vraag=gemeente.reikwijdte.01'), '.explanation-list__item') },
  { name: 'monitor: toelichtingen zonder treffers', as: analyst, visit: visit(m('/toelichtingen?zoek=geen-enkele-treffer')) },
  { name: 'monitor: toelichtingen (respondent, zonder namen)', as: { role: 'respondent', org: TILBURG }, visit: visit(m('/toelichtingen'), '.explanation-list__item') },
  {
    name: 'monitor: toelichtingen gefilterd op antwoord en regio', as: analyst,
    visit: visit(m('/toelichtingen?antwoord=mee_bezig&regio=JZ21'), '.explanation-list__item'),
  },
  { name: 'monitor: toelichtingen, tweede pagina', as: analyst, visit: visit(m('/toelichtingen?pagina=2'), 'nav.coord-pager') },
  {
    name: 'monitor: toelichtingen, onbekend antwoord (422)', as: analyst,
    visit: visit(m('/toelichtingen?antwoord=misschien'), '.error-summary'),
  },
  {
    name: 'monitor: thema met toelichtingen opengeklapt in de rij', as: analyst,
    async visit(page, env) {
      await withMonitorData(env);
      await page.goto(m('/thema/reikwijdte?provincie=PV27'));
      await page.locator('details.row-explanations summary').first().click();
      const opened = page.locator('details.row-explanations[open] .explanation-list__item');
      if ((await opened.count()) === 0) throw new Error('no explanations in place');
    },
  },
  {
    name: 'monitor: vergelijken met een filter', as: { role: 'respondent', org: TILBURG },
    visit: visit(m('/vergelijken?inwoners=ge100k'), '.benchmark-table'),
  },
  { name: 'monitor: regio en gemeenten met een filter', as: analyst, visit: visit(m('/regio?regio=JZ21&inwoners=lt100k'), '.parallel-table') },
  { name: 'monitor: afdrukken (respondent)', as: { role: 'respondent', org: TILBURG }, visit: visit(m('/afdrukken'), '.print-view .tag--own') },
  {
    name: 'monitor: afdrukken (analist, alle tabellen)', as: analyst,
    visit: visit(m('/afdrukken?inwoners=lt100k'), '.print-view .monitor-table'),
  },
  { name: 'monitor: overzicht (respondent na indienen)', as: { role: 'respondent', org: DEN_HAAG }, visit: visit(m(), '.respondents-table') },
  { name: 'monitor: nog niet beschikbaar (403)', as: { role: 'respondent', org: ENSCHEDE }, visit: visit(m()) },
];
