import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldworkState } from '../../server/domain/fieldwork.ts';
import { $, type Session } from '../support/context.ts';
import { postTheme, WAVE } from '../support/forms.ts';
import { seedResponse } from '../support/wave.ts';
import { createCoordinationContext, type CoordinationContext, csrfFrom } from './support.ts';

/**
 * Issue 16, point 6: a coordinator gives one organisation a later closing date with a reason; it
 * can edit until then while the wave is closed for the others; recorded in its history and shown
 * on its page. Bad input gets a message at the field and changes nothing.
 */
const ORG = 'GM0363';
const page = `/beheer/organisaties/${ORG}`;
let ctx: CoordinationContext;
let coord: Session;
let amsterdam: Session;
let utrecht: Session;

beforeAll(async () => {
  ctx = await createCoordinationContext();
  await seedResponse(ctx.services, 'GM0014', { 'gemeente.reikwijdte.01': 'ja' });
  coord = await ctx.loginAs('coord@example.nl', 'coordinator');
  amsterdam = await ctx.loginAs('a@amsterdam.example.nl', 'respondent', ORG);
  utrecht = await ctx.loginAs('u@utrecht.example.nl', 'respondent', 'GM0344');
});
afterAll(() => ctx.close());

const grant = async (code: string, fields: Record<string, string>) =>
  coord.agent.post(`/beheer/organisaties/${code}/extra-tijd`).type('form').send({ _csrf: await csrfFrom(coord, `/beheer/organisaties/${code}`), extraRonde: WAVE, ...fields });
/** The extra time the organisation page lists (every grant, in every wave). */
const granted = async (code: string) => {
  const page = $((await coord.agent.get(`/beheer/organisaties/${code}`)).text);
  return page('#extra-tijd-lijst li').map((_i, li) => page(li).text()).get();
};
const fieldError = (html: string, field: string) => $(html)(`#${field}-fout`).text().replace(/^Fout: /, '').trim();

describe('the fieldwork rule with an extension', () => {
  const wave = { state: 'open', opens_on: '2024-04-08', closes_on: '2024-06-30' };
  const at = (d: string) => new Date(`${d}T10:00:00Z`);
  it('keeps one organisation open until its own date, also when the wave was closed by hand', () => {
    expect(fieldworkState(wave, at('2024-07-05'))).toBe('closed');
    expect(fieldworkState(wave, at('2024-07-05'), '2024-07-14')).toBe('open');
    expect(fieldworkState(wave, at('2024-07-14'), '2024-07-14')).toBe('open');
    expect(fieldworkState(wave, at('2024-07-15'), '2024-07-14')).toBe('closed');
    expect(fieldworkState({ ...wave, state: 'gesloten' }, at('2024-07-05'), '2024-07-14')).toBe('open');
    expect(fieldworkState({ ...wave, state: 'gesloten' }, at('2024-05-05'))).toBe('closed');
    expect(fieldworkState({ ...wave, state: 'concept' }, at('2024-07-05'), '2024-07-14')).toBe('concept');
    // An 'extension' before the wave's own date changes nothing.
    expect(fieldworkState(wave, at('2024-06-25'), '2024-06-20')).toBe('open');
  });
});

describe('bad input: a message at the field, nothing stored', () => {
  it.each([
    ['a date in the past', { extraSluitdatum: '2024-05-01', extraReden: 'Raad' }, 'extraSluitdatum', 'Deze datum ligt in het verleden. Kies vandaag of een latere dag.'],
    ['a date before the wave closes', { extraSluitdatum: '2024-06-20', extraReden: 'Raad' }, 'extraSluitdatum', 'Kies een datum na de sluitdatum van de ronde (30 juni 2024).'],
    ['the closing date itself', { extraSluitdatum: '30-06-2024', extraReden: 'Raad' }, 'extraSluitdatum', 'Kies een datum na de sluitdatum van de ronde (30 juni 2024).'],
    ['no date', { extraSluitdatum: '', extraReden: 'Raad' }, 'extraSluitdatum', 'Vul de nieuwe sluitdatum in, bijvoorbeeld 14-07-2024.'],
    ['a date that does not exist', { extraSluitdatum: '31-06-2024', extraReden: 'Raad' }, 'extraSluitdatum', 'Vul een bestaande datum in als dag-maand-jaar, bijvoorbeeld 14-07-2024.'],
    ['no reason', { extraSluitdatum: '2024-07-14', extraReden: '  ' }, 'extraReden', 'Vul de reden in'],
    ['an unknown wave', { extraRonde: 'geen-ronde', extraSluitdatum: '2024-07-14', extraReden: 'Raad' }, 'extraRonde', 'Kies een monitorronde uit de lijst.'],
  ])('%s', async (_what, fields, field, message) => {
    const res = await grant(ORG, fields);
    expect(res.status).toBe(422);
    expect(fieldError(res.text, field)).toContain(message);
    expect($(res.text)('title').text()).toMatch(/^Fout: /);
    expect($(res.text)('#foutmeldingen a').attr('href')).toBe(`#${field}`);
    expect(await granted(ORG)).toEqual([]);
  });

  it('an organisation that already submitted', async () => {
    const res = await grant('GM0014', { extraSluitdatum: '2024-07-14', extraReden: 'Raad' });
    expect(res.status).toBe(422);
    expect(fieldError(res.text, 'extraRonde')).toContain('heeft de vragenlijst van deze ronde al ingediend');
    expect(await granted('GM0014')).toEqual([]);
  });
});

describe('an organisation with extra time', () => {
  it('is granted and shown on its page and in its history', async () => {
    const res = await grant(ORG, { extraSluitdatum: '14-07-2024', extraReden: 'De gemeenteraad stelt de antwoorden op 10 juli vast.' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`${page}#extra-tijd`);
    const org = $((await coord.agent.get(page)).text);
    expect(org('#extra-tijd-lijst').text().replace(/\s+/g, ' ')).toContain('tot en met 14 juli 2024, gegeven door coord@example.nl');
    expect(org('#extra-tijd-lijst').text()).toContain('De gemeenteraad stelt de antwoorden op 10 juli vast.');
    const history = $((await coord.agent.get(`${page}/geschiedenis?ronde=${WAVE}`)).text);
    expect(history('#extra-tijd + ul').text()).toContain('extra tijd tot en met 14 juli 2024 gegeven door coord@example.nl');
  });

  it('can edit after the wave closed for the others, until its own date', async () => {
    ctx.setNow(new Date('2024-07-05T10:00:00Z'));
    expect((await postTheme(utrecht, 'GM0344', 'reikwijdte', { 'gemeente.reikwijdte.01': 'ja' })).status).toBe(409);
    const saved = await postTheme(amsterdam, ORG, 'reikwijdte', { 'gemeente.reikwijdte.01': 'ja' });
    expect(saved.status).toBe(303);
    const start = $((await amsterdam.agent.get(`/vragenlijst/${WAVE}/${ORG}`)).text);
    expect(start('#status').text().replace(/\s+/g, ' ')).toContain('Open tot en met 14 juli 2024');
    expect(start('#extra-tijd').text()).toContain('extra tijd gekregen');

    // Also when a coordinator closes the wave for everybody.
    const close = { _csrf: await csrfFrom(coord, '/beheer/rondes'), opensOn: '2024-04-08', closesOn: '2024-06-30', state: 'gesloten' };
    expect((await coord.agent.post(`/beheer/rondes/${WAVE}`).type('form').send(close)).status).toBe(303);
    expect((await postTheme(amsterdam, ORG, 'reikwijdte', { 'gemeente.reikwijdte.01': 'nee' })).status).toBe(303);
    expect((await postTheme(utrecht, 'GM0344', 'reikwijdte', { 'gemeente.reikwijdte.01': 'ja' })).status).toBe(409);

    ctx.setNow(new Date('2024-07-15T10:00:00Z'));
    expect((await postTheme(amsterdam, ORG, 'reikwijdte', { 'gemeente.reikwijdte.01': 'ja' })).status).toBe(409);
    const closed = $((await amsterdam.agent.get(`/vragenlijst/${WAVE}/${ORG}`)).text);
    expect(closed('#status').text().replace(/\s+/g, ' ')).toContain('sluitdatum 14 juli 2024');
  });
});
