import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, createTestContext, type Session, type TestContext } from '../support/context.ts';
import { postTheme, themeVersion, WAVE } from '../support/forms.ts';

const ORG = 'GM0014';
let ctx: TestContext;
let anna: Session;
let bram: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  anna = await ctx.loginAs('anna@groningen.nl', 'respondent', ORG);
  bram = await ctx.loginAs('bram@groningen.nl', 'respondent', ORG);
});
afterAll(() => ctx.close());

describe('colleagues share one response', () => {
  it('shows a colleague the answers saved by another', async () => {
    expect((await postTheme(anna, ORG, 'reikwijdte', { 'gemeente.reikwijdte.01': 'ja' })).status).toBe(303);
    const page = $((await bram.agent.get(`/vragenlijst/${WAVE}/${ORG}/thema/reikwijdte`)).text);
    expect(page('input[name="gemeente.reikwijdte.01"][value="ja"]').attr('checked')).toBeDefined();
  });

  it('never overwrites silently: a stale save of the same field is a conflict showing both values', async () => {
    const version = await themeVersion(anna, ORG, 'residentieel');
    expect((await postTheme(anna, ORG, 'residentieel', { 'gemeente.residentieel.01': 'afgerond' }, { version })).status).toBe(303);
    const res = await postTheme(bram, ORG, 'residentieel', { 'gemeente.residentieel.01': 'mee_bezig' }, { version });
    expect(res.status).toBe(409);
    const page = $(res.text);
    expect(page('.utrecht-alert--warning').text()).toContain('Een collega heeft intussen');
    expect(page('#vraag-gemeente-residentieel-01 .conflict').text()).toContain('Afgerond');
    // Bram's own choice stays selected, so he can confirm it or take Anna's.
    expect(page('input[name="gemeente.residentieel.01"][value="mee_bezig"]').attr('checked')).toBeDefined();
    const api = await anna.agent.get(`/api/waves/${WAVE}/responses/${ORG}`);
    expect(api.body.answers['gemeente.residentieel.01']).toBe('afgerond');

    // Saving again from the conflict page (which carries the new version) is a deliberate choice.
    const newVersion = Number(page('input[name="version"]').val());
    expect((await postTheme(bram, ORG, 'residentieel', { 'gemeente.residentieel.01': 'mee_bezig' }, { version: newVersion })).status).toBe(303);
    expect((await anna.agent.get(`/api/waves/${WAVE}/responses/${ORG}`)).body.answers['gemeente.residentieel.01']).toBe('mee_bezig');
  });

  it('merges stale saves that touch different fields', async () => {
    const version = await themeVersion(anna, ORG, 'aanpalende-domeinen');
    expect((await postTheme(anna, ORG, 'aanpalende-domeinen', { 'gemeente.aanpalende-domeinen.01': 'ja' }, { version })).status).toBe(303);
    // Bram's page still has .01 empty and he only fills in .02.
    expect((await postTheme(bram, ORG, 'aanpalende-domeinen', { 'gemeente.aanpalende-domeinen.02': 'nee' }, { version })).status).toBe(303);
    const answers = (await anna.agent.get(`/api/waves/${WAVE}/responses/${ORG}`)).body.answers;
    expect(answers['gemeente.aanpalende-domeinen.01']).toBe('ja');
    expect(answers['gemeente.aanpalende-domeinen.02']).toBe('nee');
  });

  it('keeps organisations out of each other\'s answers', async () => {
    const eve = await ctx.loginAs('eve@amsterdam.nl', 'respondent', 'GM0363');
    expect((await eve.agent.get(`/vragenlijst/${WAVE}/${ORG}`)).status).toBe(403);
    expect((await eve.agent.get(`/vragenlijst/${WAVE}/${ORG}/afdrukken`)).status).toBe(403);
    expect((await postTheme(eve, ORG, 'reikwijdte', { 'gemeente.reikwijdte.01': 'nee' }, { version: 99 })).status).toBe(403);
    expect((await eve.agent.get(`/api/waves/${WAVE}/responses/${ORG}`)).status).toBe(403);
    const put = await eve.agent.put(`/api/waves/${WAVE}/responses/${ORG}`).set('X-CSRF-Token', eve.csrf).send({ answers: { 'gemeente.reikwijdte.01': 'nee' } });
    expect(put.status).toBe(403);
    expect((await anna.agent.get(`/api/waves/${WAVE}/responses/${ORG}`)).body.answers['gemeente.reikwijdte.01']).toBe('ja');
  });
});
