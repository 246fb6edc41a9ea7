import type { Page } from 'playwright-core';
import { saveAnswers } from '../../server/services/responses.ts';
import { submitResponse } from '../../server/services/responseState.ts';
import { sendBackResponse } from '../../server/services/signOffDecisions.ts';
import { fullAnswers } from '../security/fixtures.ts';
import type { Env, PageCase } from './pages.ts';
import { navigates } from './support/browser.ts';
import { grantSignOff, setWave } from '../support/arrange.ts';
import { WAVE } from '../support/wave.ts';

/**
 * The pages of sign-off inside the organisation (issue 16, point 7) for the axe and layout sweeps.
 * The wave setting is switched on for a case and off again after it, so the other cases see the wave as before.
 */
const q = (org: string) => `/vragenlijst/${WAVE}/${org}`;
const go = (path: string) => async (page: Page) => {
  await page.goto(path);
};

async function signOffWave(env: Env, fourEyes = false) {
  await setWave(env.app.ctx.services, WAVE, { sign_off_required: 1, sign_off_four_eyes: fourEyes ? 1 : 0 });
}
const plainWave = (env: Env) => {
  void setWave(env.app.ctx.services, WAVE, { sign_off_required: 0, sign_off_four_eyes: 0 });
};

/** This case's user: a vaststeller of its organisation (the sweep logs it in as a respondent). */
function makeVaststeller(env: Env): Promise<number> {
  return grantSignOff(env.app.ctx.services, env.email);
}

/** Complete answers, offered for sign-off by `by` (null: someone without an account, e.g. a script). */
async function offered(env: Env, org: string, by: number | null = null) {
  const s = env.app.ctx.services;
  const r = await saveAnswers(s, {
    waveId: WAVE, orgCode: org, userId: null, baseVersion: null, mode: 'json', channel: 'import',
    input: fullAnswers(s.surveys.get(WAVE)!, 'gemeente', 'Een toelichting bij deze vraag.'),
  });
  if (r.kind !== 'saved') throw new Error(`prefill ${org}: ${r.kind}`);
  const result = await submitResponse(s, WAVE, org, by);
  if (!result.ok || !result.offered) throw new Error(`offer ${org}: ${JSON.stringify(result)}`);
}

const respondent = (org: string) => ({ role: 'respondent' as const, org });
const coordinator = { role: 'coordinator' as const };

export const SIGN_OFF_PAGES: PageCase[] = [
  {
    name: 'controleren: ter vaststelling aanbieden', as: respondent('GM0200'),
    async visit(page: Page, env) {
      await signOffWave(env);
      await page.goto(`${q('GM0200')}/controleren`);
    },
    after: plainWave,
  },
  {
    name: 'vragenlijst: ter vaststelling aangeboden (startpagina)', as: respondent('GM0202'),
    async visit(page, env) {
      await signOffWave(env);
      await offered(env, 'GM0202');
      await page.goto(q('GM0202'));
      if (!(await page.textContent('#status'))?.includes('Ter vaststelling aangeboden')) throw new Error('not offered');
    },
    after: plainWave,
  },
  {
    name: 'vaststellen: antwoorden beoordelen', as: respondent('GM0202'),
    async visit(page, env) {
      await signOffWave(env);
      await makeVaststeller(env);
      await page.goto(`${q('GM0202')}/vaststellen`);
      if (!(await page.getByRole('button', { name: 'Vaststellen' }).count())) throw new Error('nothing to approve');
    },
    after: plainWave,
  },
  {
    name: 'vaststellen: terugsturen zonder opmerking (422), zonder JavaScript', as: respondent('GM0202'), javaScript: false,
    async visit(page, env) {
      await signOffWave(env);
      await makeVaststeller(env);
      await page.goto(`${q('GM0202')}/vaststellen`);
      await navigates(page, () => page.getByRole('button', { name: 'Terugsturen' }).click());
      if (!(await page.textContent('#opmerking-fout'))?.includes('Schrijf op waarom')) throw new Error('no field message');
    },
    after: plainWave,
  },
  {
    name: 'vragenlijst: teruggestuurd met opmerking (startpagina)', as: respondent('GM0202'),
    async visit(page, env) {
      await signOffWave(env);
      const id = await makeVaststeller(env);
      const me = { id, email: env.email, name: null, role: 'respondent' as const, organisationCode: 'GM0202', signOff: true };
      const back = await sendBackResponse(env.app.ctx.services, WAVE, 'GM0202', me, 'Vraag 3 graag nog eens nakijken met de wethouder.');
      if (!back.ok) throw new Error(back.message);
      await page.goto(q('GM0202'));
      if (!(await page.textContent('#opmerking-vaststeller'))) throw new Error('no remark');
    },
    after: plainWave,
  },
  {
    name: 'vaststellen: vier ogen, zelf aangeboden (403)', as: respondent('GM0228'),
    async visit(page, env) {
      await signOffWave(env, true);
      await offered(env, 'GM0228', await makeVaststeller(env));
      await page.goto(`${q('GM0228')}/vaststellen`);
      if (!(await page.textContent('#vaststellen-niet'))?.includes('vier ogen')) throw new Error('no four-eyes message');
    },
    after: plainWave,
  },
  // GM0202 went through offering and sending back above: its accounts, state and history.
  { name: 'coördinatie: organisatie met vaststeller en ter vaststelling', as: coordinator, visit: go('/beheer/organisaties/GM0202') },
  {
    name: 'coördinatie: geschiedenis met vaststelling', as: coordinator,
    visit: go(`/beheer/organisaties/GM0202/geschiedenis?ronde=${WAVE}`),
  },
  { name: 'coördinatie: ronde, vaststelling alleen te zien (coördinator)', as: coordinator, visit: go(`/beheer/rondes/${WAVE}`) },
  {
    name: 'coördinatie: ronde met vaststelling (beheerder)', as: { role: 'admin' },
    async visit(page) {
      await page.goto(`/beheer/rondes/${WAVE}`);
    },
  },
  {
    name: 'coördinatie: vier ogen zonder vaststelling (422)', as: { role: 'admin' },
    async visit(page) {
      await page.goto(`/beheer/rondes/${WAVE}`);
      await page.getByLabel('Vier ogen: vaststeller mag niet dezelfde zijn als wie aanbiedt').check();
      await navigates(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      if (!(await page.textContent('#signOffFourEyes-fout'))) throw new Error('no field message');
    },
  },
];
