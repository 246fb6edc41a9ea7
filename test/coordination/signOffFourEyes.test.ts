import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../server/messages.ts';
import { $, type Session } from '../support/context.ts';
import { accountId } from '../support/inspect.ts';
import { postTheme, WAVE } from '../support/forms.ts';
import { createCoordinationContext, type CoordinationContext } from './support.ts';
import { addVaststeller, base, fillIn, ORG, setSignOff } from './signOffSupport.ts';

/**
 * Issue 16, point 7: four eyes (the vaststeller who approves is not the person who offered), what a
 * vaststeller may do besides (everything a respondent may), and giving the role through the pages.
 */
let ctx: CoordinationContext;
let vera: Session;
let wim: Session;
let coord: Session;
let admin: Session;

beforeAll(async () => {
  ctx = await createCoordinationContext();
  await addVaststeller(ctx, 'vera@amsterdam.example.nl');
  await addVaststeller(ctx, 'wim@amsterdam.example.nl');
  await ctx.addUser('coord@example.nl', 'coordinator');
  await ctx.addUser('beheer@example.nl', 'admin');
  vera = await ctx.login('vera@amsterdam.example.nl');
  wim = await ctx.login('wim@amsterdam.example.nl');
  coord = await ctx.login('coord@example.nl');
  admin = await ctx.login('beheer@example.nl');
});
afterAll(() => ctx.close());

const post = (s: Session, url: string, fields: Record<string, string> = {}) =>
  s.agent.post(url).type('form').send({ _csrf: s.csrf, ...fields });
const idOf = (email: string) => accountId(ctx.services, email);
const state = async (s: Session) => ((await s.agent.get(`/api/waves/${WAVE}/responses/${ORG}`)).body as { state: string }).state;

describe('a vaststeller can do what a respondent can', () => {
  it('fills in and saves answers, and has the questionnaire in the menu', async () => {
    await fillIn(vera);
    const nav = $((await vera.agent.get('/toegankelijkheid')).text);
    const menu = nav('.site-nav a').map((_i, el) => nav(el).attr('href')).get();
    expect(menu).toContain('/vragenlijst');
    expect(menu).not.toContain('/beheer');
    expect($((await vera.agent.get('/account')).text)('.account-details').text()).toContain('Vaststeller');
    expect(await state(vera)).toBe('concept');
  });
});

describe('four eyes', () => {
  it('with four eyes the person who offered cannot approve; another vaststeller can', async () => {
    expect((await setSignOff(admin, { required: true, fourEyes: true })).status).toBe(303);
    expect((await post(vera, `${base}/indienen`)).headers.location).toBe(base);
    const page = $((await vera.agent.get(`${base}/vaststellen`)).text);
    expect(page('#vaststellen-niet').text()).toBe(messages.signOff.fourEyes);
    expect(page('form[action$="/vaststellen"]').length).toBe(0);
    const res = await post(vera, `${base}/vaststellen`);
    expect(res.status).toBe(403);
    expect($(res.text)('#foutmeldingen').text()).toContain(messages.signOff.fourEyes);
    expect(await state(vera)).toBe('ter-vaststelling');
    // Sending back is not approving: the one who offered may take it back with a remark.
    expect((await post(vera, `${base}/terugsturen`, { opmerking: 'Toch nog iets aanpassen.' })).status).toBe(303);
    expect((await post(vera, `${base}/indienen`)).status).toBe(303);
    const approved = await post(wim, `${base}/vaststellen`);
    expect(approved.headers.location).toBe(`${base}/ingediend`);
    expect(await state(vera)).toBe('ingediend');
  });

  it('without four eyes a vaststeller may approve what she offered herself', async () => {
    expect((await post(vera, `${base}/heropenen`)).status).toBe(303);
    expect((await setSignOff(admin, { required: true, fourEyes: false })).status).toBe(303);
    expect((await post(vera, `${base}/indienen`)).status).toBe(303);
    expect((await post(vera, `${base}/vaststellen`)).headers.location).toBe(`${base}/ingediend`);
    expect(await state(vera)).toBe('ingediend');
  });

  it('a coordinator working on behalf offers too; the organisation approves', async () => {
    expect((await post(vera, `${base}/heropenen`)).status).toBe(303);
    expect((await post(coord, `${base}/indienen`)).headers.location).toBe(base);
    expect(await state(vera)).toBe('ter-vaststelling');
    expect((await post(wim, `${base}/vaststellen`)).status).toBe(303);
  });
});

describe('the JSON API follows the same rule', () => {
  it('submit offers for sign-off when the wave asks for it; answers are then locked', async () => {
    expect((await post(vera, `${base}/heropenen`)).status).toBe(303);
    const res = await vera.agent.post(`/api/waves/${WAVE}/responses/${ORG}/submit`).set('X-CSRF-Token', vera.csrf).send({});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'ter-vaststelling', editable: false, submittedAt: null });
    const again = await vera.agent.post(`/api/waves/${WAVE}/responses/${ORG}/submit`).set('X-CSRF-Token', vera.csrf).send({});
    expect(again.status).toBe(422);
    expect(again.body.error).toBe(messages.signOff.locked);
    expect((await post(wim, `${base}/vaststellen`)).status).toBe(303);
  });
});

describe('after the closing date', () => {
  it('an offered questionnaire can no longer be approved', async () => {
    expect((await post(vera, `${base}/heropenen`)).status).toBe(303);
    expect((await post(vera, `${base}/indienen`)).status).toBe(303);
    ctx.setNow(new Date('2024-07-15T10:00:00Z'));
    try {
      const res = await post(wim, `${base}/vaststellen`);
      expect(res.status).toBe(409);
      expect(res.text).toContain(messages.waveClosed);
      expect(await state(vera)).toBe('ter-vaststelling');
      // The start page says it is closed, and offers no decision that would be refused.
      const start = $((await wim.agent.get(base)).text);
      expect(start('#status').text()).toContain('Gesloten');
      expect(start('a[href$="/vaststellen"]').length).toBe(0);
    } finally {
      ctx.setNow(new Date('2024-05-15T10:00:00Z'));
    }
    expect((await post(wim, `${base}/vaststellen`)).status).toBe(303);
  });
});

describe('the role in account management', () => {
  const accountRow = (page: ReturnType<typeof $>, email: string) => page(`#accounts ~ div tr:has(th:contains("${email}"))`);

  it('a coordinator invites people as vaststeller', async () => {
    const res = await post(coord, `/beheer/organisaties/${ORG}/uitnodigen`, { emails: 'nieuw@amsterdam.example.nl', rol: 'vaststeller' });
    expect(res.status).toBe(303);
    const page = $((await coord.agent.get(`/beheer/organisaties/${ORG}`)).text);
    expect(accountRow(page, 'nieuw@amsterdam.example.nl').find('td').first().text()).toBe('Vaststeller');
    expect(accountRow(page, 'vera@amsterdam.example.nl').find('td').first().text()).toBe('Vaststeller');
    // The invite form offers both roles, respondent chosen.
    expect(page('#rol-respondent').attr('checked')).toBeDefined();
    expect(page('label[for="rol-vaststeller"]').text()).toContain('Vaststeller');
  });

  it('refuses an unknown role, keeping the addresses typed', async () => {
    const res = await post(coord, `/beheer/organisaties/${ORG}/uitnodigen`, { emails: 'x@amsterdam.example.nl', rol: 'baas' });
    expect(res.status).toBe(422);
    const page = $(res.text);
    expect(page('#emails-fout').text()).toContain(messages.signOff.roleUnknown);
    expect(page('#emails').text()).toBe('x@amsterdam.example.nl');
  });

  it('takes the role away and gives it back; it counts from the next request', async () => {
    const page = $((await coord.agent.get(`/beheer/organisaties/${ORG}`)).text);
    const form = accountRow(page, 'wim@amsterdam.example.nl').find('form[action$="/rol"]');
    expect(form.find('button').text()).toContain('Geen vaststeller meer');
    const res = await post(coord, form.attr('action')!, { rol: 'respondent' });
    expect(res.status).toBe(303);
    const after = $((await coord.agent.get(`/beheer/organisaties/${ORG}`)).text);
    expect(accountRow(after, 'wim@amsterdam.example.nl').find('td').first().text()).toBe('Respondent');
    expect((await post(vera, `${base}/heropenen`)).status).toBe(303);
    expect((await post(vera, `${base}/indienen`)).status).toBe(303);
    expect((await post(wim, `${base}/vaststellen`)).status).toBe(403);
    expect((await post(coord, form.attr('action')!, { rol: 'vaststeller' })).status).toBe(303);
    expect((await post(wim, `${base}/vaststellen`)).status).toBe(303);
  });

  it('a staff account has no organisation role', async () => {
    const id = await idOf('coord@example.nl');
    await post(admin, `/beheer/gebruikers/${id}/rol`, { rol: 'vaststeller' });
    const page = await admin.agent.get('/beheer/gebruikers');
    expect(page.text).toContain('Alleen een account van een organisatie kan vaststeller zijn.');
  });
});

describe('a respondent cannot make herself a vaststeller', () => {
  it('the role route is for coordination only', async () => {
    await ctx.addUser('resp@amsterdam.example.nl', 'respondent', ORG);
    const resp = await ctx.login('resp@amsterdam.example.nl');
    const id = await idOf('resp@amsterdam.example.nl');
    expect((await post(resp, `/beheer/gebruikers/${id}/rol`, { rol: 'vaststeller' })).status).toBe(403);
    expect((await postTheme(resp, ORG, 'reikwijdte', { 'gemeente.reikwijdte.01': 'nee' })).text).toContain(messages.alreadySubmitted);
  });
});
