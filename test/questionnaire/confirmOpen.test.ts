/**
 * Issue 14, point 1: whether an online respondent must answer a question is the definition's
 * choice per question (`openAtSubmit`, defaulting to the survey's). The 2024 definition lets
 * required questions stay open, as the 2024 questionnaire did (the report's per-question n is below
 * the number of respondents): the review page and the submit step say which questions are open and
 * ask for a confirmation instead of refusing. A question that says 'refuse' still refuses.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { $, createTestContext, type Session, type TestContext } from '../support/context.ts';
import { postTheme, WAVE } from '../support/forms.ts';

const ORG = 'GM0363';
const base = `/vragenlijst/${WAVE}/${ORG}`;
const api = `/api/waves/${WAVE}/responses/${ORG}`;
let ctx: TestContext;
let s: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.addUser('ams@example.nl', 'respondent', ORG);
  s = await ctx.login('ams@example.nl');
  expect((await postTheme(s, ORG, 'residentieel', { 'gemeente.residentieel.01': 'mee_bezig' })).status).toBe(303);
});
afterAll(() => ctx.close());

describe('submitting with open questions (2024 definition)', () => {
  it('the definition says per question what an open question does', async () => {
    const def = (await s.agent.get(`/api/waves/${WAVE}/definition`)).body;
    const q = def.questions.find((x: { id: string }) => x.id === 'gemeente.residentieel.01');
    expect(q).toMatchObject({ required: true, openAtSubmit: 'confirm' });
    const body = (await s.agent.get(api)).body;
    expect(body.missing.length).toBeGreaterThan(0);
    expect(body.mustAnswer).toEqual([]);
  });

  it('the review page says which questions are open and that submitting asks for a confirmation', async () => {
    const page = $((await s.agent.get(`${base}/controleren`)).text);
    expect(page('title').text()).toBe('Controleer uw antwoorden – Afsprakenmonitor');
    expect(page('main').text()).toMatch(/Er staan nog \d+ vragen open\..*bevestigen/s);
    expect(page('.answer-list__row--missing').first().text()).toContain('Nog niet beantwoord');
    expect(page('.answer-list__row--missing').text()).not.toContain('(verplicht)');
    expect(page('#foutmeldingen').length).toBe(0);
  });

  it('the submit step asks for a confirmation, names every open question, and submits after it', async () => {
    const first = await s.agent.post(`${base}/indienen`).type('form').send({ _csrf: s.csrf });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe(`${base}/controleren?indienen=bevestigen#bevestigen`);
    expect((await s.agent.get(api)).body.state).toBe('concept'); // not submitted yet
    const open = (await s.agent.get(api)).body.missing as string[];
    const page = $((await s.agent.get(first.headers.location!)).text);
    expect(page('title').text()).toBe('Indienen met open vragen? – Afsprakenmonitor');
    const block = page('#bevestigen');
    expect(block.find('h2').text()).toBe(`U dient in terwijl ${open.length} vragen nog open staan`);
    const links = block.find('li a').map((_i, el) => page(el).attr('href')).get();
    expect(links).toHaveLength(open.length);
    expect(links).toContain(`${base}/thema/reikwijdte#vraag-gemeente-reikwijdte-01`);
    expect(block.find('input[name="bevestigd"]').attr('value')).toBe('1');

    const done = await s.agent.post(`${base}/indienen`).type('form').send({ _csrf: s.csrf, bevestigd: '1' });
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe(`${base}/ingediend`);
    const after = (await s.agent.get(api)).body;
    expect(after.state).toBe('ingediend');
    expect(after.answers).toEqual({ 'gemeente.residentieel.01': 'mee_bezig' }); // the blanks stay blank
    expect((await s.agent.post(`${api}/reopen`).set('X-CSRF-Token', s.csrf)).status).toBe(200);
  });

  it('the API answers 409 naming the open questions until confirmOpen is sent', async () => {
    const asked = await s.agent.post(`${api}/submit`).set('X-CSRF-Token', s.csrf).send({});
    expect(asked.status).toBe(409);
    expect(asked.body.error).toMatch(/^Er staan nog \d+ vragen open\. Bevestig dat u toch wilt indienen\.$/);
    expect(asked.body.open).toContain('gemeente.reikwijdte.01');
    const done = await s.agent.post(`${api}/submit`).set('X-CSRF-Token', s.csrf).send({ confirmOpen: true });
    expect(done.status).toBe(200);
    expect(done.body.state).toBe('ingediend');
    expect((await s.agent.post(`${api}/reopen`).set('X-CSRF-Token', s.csrf)).status).toBe(200);
  });

  it("a question whose definition says 'refuse' must be answered first, also with a confirmation", async () => {
    const survey = ctx.services.surveys.get(WAVE)!;
    const q = survey.questions.find((x) => x.id === 'gemeente.reikwijdte.01')!;
    q.openAtSubmit = 'refuse';
    onTestFinished(() => { delete q.openAtSubmit; });
    expect((await s.agent.get(api)).body.mustAnswer).toEqual(['gemeente.reikwijdte.01']);
    const res = await s.agent.post(`${base}/indienen`).type('form').send({ _csrf: s.csrf, bevestigd: '1' });
    expect(res.headers.location).toBe(`${base}/controleren?indienen=mislukt`);
    const page = $((await s.agent.get(res.headers.location!)).text);
    expect(page('#foutmeldingen').text()).toContain('Er is nog 1 verplichte vraag niet beantwoord.');
    const links = page('#foutmeldingen a').map((_i, el) => page(el).attr('href')).get();
    expect(links).toEqual([`${base}/thema/reikwijdte#vraag-gemeente-reikwijdte-01`]);
    expect(page('#antwoord-gemeente-reikwijdte-01').text()).toContain('Nog niet beantwoord (verplicht)');
    const viaApi = await s.agent.post(`${api}/submit`).set('X-CSRF-Token', s.csrf).send({ confirmOpen: true });
    expect(viaApi.status).toBe(422);
    expect(viaApi.body.missing).toEqual(['gemeente.reikwijdte.01']);
    expect((await s.agent.get(api)).body.state).toBe('concept');
  });
});
