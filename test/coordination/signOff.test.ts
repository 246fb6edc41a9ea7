import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../server/messages.ts';
import { $, type Session } from '../support/context.ts';
import { postTheme, WAVE } from '../support/forms.ts';
import { createCoordinationContext, type CoordinationContext, startSmtp } from './support.ts';
import { addVaststeller, base, fillIn, ORG, setSignOff, statusText } from './signOffSupport.ts';

/**
 * Issue 16, point 7: sign-off inside the organisation, through the pages as a browser without
 * JavaScript posts them. Without the wave setting submitting works as before; with it a respondent
 * offers the response, a vaststeller of the organisation approves it (then it is submitted, with
 * receipts) or sends it back with a remark; every step is in the organisation's history.
 */
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let ctx: CoordinationContext;
let anna: Session; // respondent
let vera: Session; // vaststeller
let coord: Session;
let admin: Session;

beforeAll(async () => {
  smtp = await startSmtp();
  ctx = await createCoordinationContext({ smtpUrl: smtp.url });
  await ctx.addUser('anna@amsterdam.example.nl', 'respondent', ORG);
  await addVaststeller(ctx, 'vera@amsterdam.example.nl');
  await addVaststeller(ctx, 'utrecht@utrecht.example.nl', 'GM0344');
  await ctx.addUser('coord@example.nl', 'coordinator');
  await ctx.addUser('beheer@example.nl', 'admin');
  anna = await ctx.login('anna@amsterdam.example.nl');
  vera = await ctx.login('vera@amsterdam.example.nl');
  coord = await ctx.login('coord@example.nl');
  admin = await ctx.login('beheer@example.nl');
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

const receipts = () => smtp.received.filter((m) => m.subject.startsWith('Ontvangstbevestiging'));
const post = (s: Session, url: string, fields: Record<string, string> = {}) =>
  s.agent.post(url).type('form').send({ _csrf: s.csrf, ...fields });
const apiState = async (s: Session) =>
  (await s.agent.get(`/api/waves/${WAVE}/responses/${ORG}`)).body as { state: string; editable: boolean };
const historyText = async () => {
  const page = await coord.agent.get(`/beheer/organisaties/${ORG}/geschiedenis?ronde=${WAVE}`);
  return $(page.text)('#gebeurtenissen').text().replace(/\s+/g, ' ');
};

describe('without the wave setting everything works as before', () => {
  it('the review page submits, and a vaststeller has nothing to approve', async () => {
    await fillIn(anna);
    const review = $((await anna.agent.get(`${base}/controleren`)).text);
    expect(review('form[action$="/indienen"] button').text()).toBe('Vragenlijst indienen');
    expect(review('body').text()).not.toContain('Ter vaststelling aanbieden');
    const page = await vera.agent.get(`${base}/vaststellen`);
    expect(page.status).toBe(200);
    expect($(page.text)('h1').text()).toBe('Vragenlijst vaststellen');
    expect(page.text).toContain('niet ter vaststelling aangeboden');
    const approve = await post(vera, `${base}/vaststellen`);
    expect(approve.status).toBe(409);
    expect($(approve.text)('#foutmeldingen').text()).toContain(messages.signOff.nothingOffered);
    const res = await post(anna, `${base}/indienen`);
    expect(res.headers.location).toBe(`${base}/ingediend`);
    expect((await apiState(anna)).state).toBe('ingediend');
    expect(await historyText()).toContain('ingediend door anna@amsterdam.example.nl');
    // Back to a concept for the tests below.
    expect((await post(anna, `${base}/heropenen`)).status).toBe(303);
  });
});

describe('the wave setting', () => {
  it('is on the wave form of beheerders, off by default; coordinators see it but cannot change it', async () => {
    const form = $((await admin.agent.get(`/beheer/rondes/${WAVE}`)).text);
    expect(form('label[for="signOffRequired"]').text()).toBe('Vaststelling vereist');
    expect(form('label[for="signOffFourEyes"]').text()).toBe('Vier ogen: vaststeller mag niet dezelfde zijn als wie aanbiedt');
    expect(form('#signOffRequired').attr('checked')).toBeUndefined();
    const coordForm = $((await coord.agent.get(`/beheer/rondes/${WAVE}`)).text);
    expect(coordForm('#signOffRequired').length).toBe(0);
    expect(coordForm('#vaststelling-stand').text()).toContain('Geen vaststelling');
    // A coordinator's post with the fields changes nothing about sign-off.
    const res = await setSignOff(coord, { required: true, fourEyes: false });
    expect(res.status).toBe(303);
    expect($((await coord.agent.get(`/beheer/rondes/${WAVE}`)).text)('#vaststelling-stand').text()).toContain('Geen vaststelling');
  });

  it('refuses four eyes without sign-off, with the message at the field', async () => {
    const res = await setSignOff(admin, { required: false, fourEyes: true });
    expect(res.status).toBe(422);
    const page = $(res.text);
    expect(page('#signOffFourEyes-fout').text()).toContain(messages.signOff.fourEyesWithoutSignOff);
    expect(page('#foutmeldingen a[href="#signOffFourEyes"]').length).toBe(1);
    expect(page('#signOffFourEyes').attr('checked')).toBeDefined();
  });

  it('a beheerder switches it on', async () => {
    expect((await setSignOff(admin, { required: true, fourEyes: false })).status).toBe(303);
    expect($((await admin.agent.get(`/beheer/rondes/${WAVE}`)).text)('#signOffRequired').attr('checked')).toBeDefined();
  });
});

describe('with the wave setting', () => {
  it('the respondent offers the questionnaire for sign-off instead of submitting it', async () => {
    const start = $((await anna.agent.get(base)).text);
    expect(start('a[href$="/controleren"]').text()).toBe('Controleren en ter vaststelling aanbieden');
    const review = $((await anna.agent.get(`${base}/controleren`)).text);
    expect(review('form[action$="/indienen"] button').text()).toBe('Ter vaststelling aanbieden');
    ctx.setNow(new Date('2024-05-20T08:30:00Z'));
    const before = receipts().length;
    const res = await post(anna, `${base}/indienen`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(base);
    const after = await anna.agent.get(base);
    expect(after.text).toContain(messages.signOff.offered);
    expect(await statusText(anna)).toContain('Ter vaststelling aangeboden door anna@amsterdam.example.nl op 20 mei 2024 om 10:30');
    expect(await apiState(anna)).toMatchObject({ state: 'ter-vaststelling', editable: false });
    // Not submitted: no receipt yet.
    expect(receipts()).toHaveLength(before);
    // The vaststeller is told that something waits, with the link to the page where she decides.
    const notice = smtp.received.filter((m) => m.subject.endsWith('ter vaststelling'));
    expect(notice.map((m) => m.to[0])).toEqual(['vera@amsterdam.example.nl']);
    expect(notice[0]!.text).toContain('aangeboden door anna@amsterdam.example.nl op 20 mei 2024 om 10:30');
    expect(notice[0]!.text).toContain(`https://monitor.example.nl${base}/vaststellen`);
  });

  it('answers are read-only while offered, on the pages and in the API', async () => {
    const theme = await postTheme(anna, ORG, 'reikwijdte', { 'gemeente.reikwijdte.01': 'nee' });
    expect(theme.text).toContain(messages.signOff.locked);
    const api = await anna.agent.put(`/api/waves/${WAVE}/responses/${ORG}`).set('X-CSRF-Token', anna.csrf)
      .send({ version: 100, answers: { 'gemeente.reikwijdte.01': 'nee' } });
    expect(api.status).toBe(409);
    expect(api.body.error).toBe(messages.signOff.locked);
    expect((await anna.agent.get(`/api/waves/${WAVE}/responses/${ORG}`)).body.answers['gemeente.reikwijdte.01']).toBe('ja');
    // Offering twice changes nothing.
    await post(anna, `${base}/indienen`);
    expect((await historyText()).match(/ter vaststelling aangeboden/g)).toHaveLength(1);
  });

  it('coordinators see the state in the response overview, the workbench and on the organisation page', async () => {
    const overview = $((await coord.agent.get(`/beheer/respons?ronde=${WAVE}`)).text);
    const row = overview(`#niet-ingediend ~ div tr:has(a[href="/beheer/organisaties/${ORG}"])`);
    expect(row.find('.coord-state').text()).toBe('Ter vaststelling');
    expect(overview('#ter-vaststelling').text()).toContain('1');
    const bench = $((await coord.agent.get(`/beheer/niet-ingediend?ronde=${WAVE}&status=ter-vaststelling`)).text);
    expect(bench('#aantal').text()).toContain('1 organisatie heeft');
    expect(bench('.coord-state').text()).toBe('Ter vaststelling');
    const org = $((await coord.agent.get(`/beheer/organisaties/${ORG}`)).text);
    expect(org('#vragenlijsten + div .coord-state').first().text()).toBe('Ter vaststelling');
  });

  it('the vaststeller sees the answers, and the start page leads there', async () => {
    const start = $((await vera.agent.get(base)).text);
    expect(start('a[href$="/vaststellen"]').text()).toBe('Beoordelen en vaststellen');
    const page = $((await vera.agent.get(`${base}/vaststellen`)).text);
    expect(page('#aangeboden').text()).toContain('door anna@amsterdam.example.nl');
    expect(page('.answer-list').length).toBeGreaterThan(3);
    expect(page('form[action$="/vaststellen"] button').text()).toBe('Vaststellen');
    expect(page('form[action$="/terugsturen"] textarea#opmerking').length).toBe(1);
    // The print view says where it stands.
    expect((await vera.agent.get(`${base}/afdrukken`)).text).toContain('ter vaststelling aangeboden op');
  });

  it('a respondent, a coordinator or a vaststeller of another organisation cannot approve or send back (403)', async () => {
    const utrecht = await ctx.login('utrecht@utrecht.example.nl');
    for (const who of [anna, coord, admin, utrecht]) {
      for (const [url, fields] of [[`${base}/vaststellen`, {}], [`${base}/terugsturen`, { opmerking: 'Niet goed' }]] as const) {
        const res = await post(who, url, fields);
        expect(res.status, url).toBe(403);
      }
    }
    const refused = await post(anna, `${base}/vaststellen`);
    expect(refused.text).toContain(messages.signOff.notAllowed);
    expect(await apiState(anna)).toMatchObject({ state: 'ter-vaststelling' });
  });

  it('sending back needs a remark: without one the page says so at the field and nothing changes', async () => {
    const res = await post(vera, `${base}/terugsturen`, { opmerking: '   ' });
    expect(res.status).toBe(422);
    const page = $(res.text);
    expect(page('title').text()).toMatch(/^Fout:/);
    expect(page('#opmerking-fout').text()).toContain(messages.signOff.remarkMissing);
    expect(page('#foutmeldingen a[href="#opmerking"]').length).toBe(1);
    expect(await apiState(anna)).toMatchObject({ state: 'ter-vaststelling' });
    const long = await post(vera, `${base}/terugsturen`, { opmerking: 'x'.repeat(2001) });
    expect(long.status).toBe(422);
    // What was typed stays in the field.
    expect($(long.text)('#opmerking').text()).toHaveLength(2001);
  });

  it('sent back with a remark: editable again, and the respondents see the remark on the start page', async () => {
    ctx.setNow(new Date('2024-05-21T09:00:00Z'));
    const res = await post(vera, `${base}/terugsturen`, { opmerking: 'Vraag 1 klopt niet <b>echt</b>.' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(base);
    const start = $((await anna.agent.get(base)).text);
    expect(start('#status').text().replace(/\s+/g, ' ')).toContain('Teruggestuurd door vera@amsterdam.example.nl op 21 mei 2024 om 11:00');
    expect(start('#opmerking-vaststeller').text()).toBe('Opmerking van de vaststeller: Vraag 1 klopt niet <b>echt</b>.');
    expect(await apiState(anna)).toMatchObject({ state: 'concept', editable: true });
    expect((await postTheme(anna, ORG, 'reikwijdte', { 'gemeente.reikwijdte.01': 'nee' })).status).toBe(303);
    // The others hear it by e-mail, with the remark; the vaststeller herself gets no copy.
    const notice = smtp.received.filter((m) => m.subject.endsWith('teruggestuurd'));
    expect(notice.map((m) => m.to[0])).toEqual(['anna@amsterdam.example.nl']);
    expect(notice[0]!.text).toContain('Vraag 1 klopt niet <b>echt</b>.');
    const logged = $((await coord.agent.get('/beheer/e-mail')).text)('body').text();
    expect(logged).toContain('Melding teruggestuurd');
    expect(logged).toContain('Melding ter vaststelling');
  });

  it('approving when nothing is offered: a clear message, nothing changes', async () => {
    const res = await post(vera, `${base}/vaststellen`);
    expect(res.status).toBe(409);
    expect(res.text).toContain(messages.signOff.nothingOffered);
    expect(await apiState(anna)).toMatchObject({ state: 'concept' });
  });

  it('approved: submitted at the moment of approval, with receipts to every account', async () => {
    ctx.setNow(new Date('2024-05-22T07:00:00Z'));
    expect((await post(anna, `${base}/indienen`)).headers.location).toBe(base);
    ctx.setNow(new Date('2024-05-23T12:15:00Z'));
    const before = receipts().length;
    const res = await post(vera, `${base}/vaststellen`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`${base}/ingediend`);
    expect((await vera.agent.get(res.headers.location as string)).text).toContain(messages.signOff.approved);
    const api = (await anna.agent.get(`/api/waves/${WAVE}/responses/${ORG}`)).body as { state: string; submittedAt: string };
    expect(api).toMatchObject({ state: 'ingediend', submittedAt: '2024-05-23T12:15:00.000Z' });
    expect(await statusText(anna)).toContain('Vastgesteld en ingediend door vera@amsterdam.example.nl op 23 mei 2024 om 14:15');
    const sent = receipts().slice(before);
    expect(sent.map((m) => m.to[0]).sort()).toEqual(['anna@amsterdam.example.nl', 'vera@amsterdam.example.nl']);
    expect(sent[0]!.text).toContain('ingediend door vera@amsterdam.example.nl op 23 mei 2024 om 14:15');
    // It counts as submitted for the coordinators too.
    const org = $((await coord.agent.get(`/beheer/organisaties/${ORG}`)).text);
    expect(org('#vragenlijsten + div .coord-state').first().text()).toBe('Ingediend');
  });

  it("every step is in the organisation's history: who, when and the remark", async () => {
    const text = await historyText();
    expect(text).toContain('20 mei 2024 om 10:30: ter vaststelling aangeboden door anna@amsterdam.example.nl');
    expect(text).toContain('21 mei 2024 om 11:00: teruggestuurd door vera@amsterdam.example.nl. '
      + 'Opmerking: Vraag 1 klopt niet <b>echt</b>.');
    expect(text).toContain('22 mei 2024 om 09:00: ter vaststelling aangeboden door anna@amsterdam.example.nl');
    expect(text).toContain('23 mei 2024 om 14:15: vastgesteld (en daarmee ingediend) door vera@amsterdam.example.nl');
  });
});
