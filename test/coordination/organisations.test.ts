import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, type Session } from '../support/context.ts';
import { accountOn, organisationPage, staffAccounts } from '../support/pages.ts';
import { createCoordinationContext, type CoordinationContext, csrfFrom } from './support.ts';
import { WAVE } from '../support/wave.ts';

let ctx: CoordinationContext;
let coord: Session;
let respondent: Session;
let adminId: number;
let coordId: number;

beforeAll(async () => {
  ctx = await createCoordinationContext();
  coordId = await ctx.addUser('coord@example.nl', 'coordinator');
  adminId = await ctx.addUser('admin@example.nl', 'admin');
  coord = await ctx.login('coord@example.nl');
  respondent = await ctx.loginAs('ams@example.nl', 'respondent', 'GM0363');
  expect((await saveViaApi(respondent, 'GM0363', { 'gemeente.reikwijdte.01.toelichting': 'bezig' })).status).toBe(200);
});
afterAll(() => ctx.close());

const names = (html: string) => {
  const page = $(html);
  return page('table tbody tr th a').map((_i, el) => page(el).text()).get();
};

async function saveViaApi(who: Session, org: string, answers: Record<string, unknown>) {
  const current = await who.agent.get(`/api/waves/${WAVE}/responses/${org}`);
  return who.agent.put(`/api/waves/${WAVE}/responses/${org}`).set('X-CSRF-Token', who.csrf).send({ version: current.body.version, answers });
}

describe('organisation list', () => {
  it('lists every organisation and filters by name, kind, province, region and state', async () => {
    const all = $((await coord.agent.get('/beheer/organisaties')).text);
    expect(all('[role="status"]').text()).toContain('389 organisaties gevonden');
    expect(names((await coord.agent.get('/beheer/organisaties?q=amster')).text)).toEqual(['Amsterdam', 'Amsterdam-Amstelland']);
    expect(names((await coord.agent.get('/beheer/organisaties?q=gm0014')).text)).toEqual(['Groningen']);
    expect(names((await coord.agent.get('/beheer/organisaties?soort=vng')).text)).toEqual(['Vereniging Nederlandse Gemeenten']);
    expect(names((await coord.agent.get('/beheer/organisaties?soort=gemeente&provincie=PV20')).text)).toHaveLength(10);
    expect(names((await coord.agent.get('/beheer/organisaties?soort=gemeente&regio=JZ13')).text)).toContain('Amsterdam');
    expect(names((await coord.agent.get('/beheer/organisaties?status=bezig')).text)).toEqual(['Amsterdam']);
    const row = $((await coord.agent.get('/beheer/organisaties?q=amsterdam')).text)('table tbody tr').first().text().replace(/\s+/g, ' ');
    expect(row).toContain('Bezig');
    expect(row).toContain('1'); // one account
    expect(row).not.toContain('geen'); // last activity known
  });
});

describe('organisation page', () => {
  it('shows accounts, the questionnaire link to fill in on behalf, and the history of every change', async () => {
    const page = $((await coord.agent.get('/beheer/organisaties/GM0363')).text);
    expect(page('h1').text()).toBe('Amsterdam');
    expect(page('#accounts + .table-scroll table').text()).toContain('ams@example.nl');
    expect(page('#accounts + .table-scroll table').text()).toContain('Actief');
    const link = page(`a[href="/vragenlijst/${WAVE}/GM0363"]`);
    expect(link.text()).toContain('Vragenlijst openen');

    // The coordinator corrects an answer on the organisation's behalf (the questionnaire's own pages).
    const theme = await coord.agent.get(`/vragenlijst/${WAVE}/GM0363/thema/reikwijdte`);
    expect($(theme.text)('.utrecht-alert--warning').text()).toContain('U werkt namens Amsterdam');
    const res = await saveViaApi(coord, 'GM0363', { 'gemeente.reikwijdte.01.toelichting': 'gecorrigeerd door coördinator' });
    expect(res.status).toBe(200);

    const history = $((await coord.agent.get(`/beheer/organisaties/GM0363/geschiedenis?ronde=${WAVE}`)).text);
    expect(history('caption').text()).toContain('(2)');
    const first = history('table tbody tr').first().find('td').map((_j, td) => history(td).text().replace(/\s+/g, ' ').trim()).get();
    expect(first[1]).toContain('coord@example.nl');
    expect(first[1]).toContain('Namens de organisatie (coördinator)');
    expect(first[2]).toContain('gemeente.reikwijdte.01.toelichting');
    expect(first[2]).toContain('Toelichting bij');
    expect(first[3]).toBe('bezig');
    expect(first[4]).toBe('gecorrigeerd door coördinator');
    const second = history('table tbody tr').eq(1).find('td').map((_j, td) => history(td).text().replace(/\s+/g, ' ').trim()).get();
    expect(second[1]).toContain('ams@example.nl');
    expect(second[3]).toBe('(leeg)');
  });

  it('edits the organisation, with messages at the fields and values kept', async () => {
    const csrf = await csrfFrom(coord, '/beheer/organisaties/GM0014');
    const bad = await coord.agent.post('/beheer/organisaties/GM0014').type('form').send({ _csrf: csrf, name: '', contactEmail: 'fout', inhabitants: 'veel', active: 'ja' });
    expect(bad.status).toBe(422);
    const page = $(bad.text);
    expect(page('.error-summary a').map((_i, el) => page(el).attr('href')).get()).toEqual(['#name', '#contactEmail', '#inhabitants']);
    expect(page('#contactEmail').val()).toBe('fout');
    expect(page('#inhabitants').val()).toBe('veel');
    const ok = await coord.agent.post('/beheer/organisaties/GM0014').type('form').send({ _csrf: csrf, name: 'Gemeente Groningen', contactEmail: 'Jeugd@Groningen.nl', inhabitants: '244.123', active: 'ja' });
    expect(ok.status).toBe(303);
    const saved = await organisationPage(coord, 'GM0014');
    expect(saved).toMatchObject({ name: 'Gemeente Groningen', form: { name: 'Gemeente Groningen', contactEmail: 'jeugd@groningen.nl', inhabitants: '244123', active: true } });
    expect(saved.facts).toMatchObject({ Contactadres: 'jeugd@groningen.nl', Inwoners: '244.123' });
    // Unchecking 'active' deactivates: it leaves the response figures.
    await coord.agent.post('/beheer/organisaties/GM0014').type('form').send({ _csrf: csrf, name: 'Gemeente Groningen', contactEmail: '', inhabitants: '', active: undefined });
    expect((await organisationPage(coord, 'GM0014')).form.active).toBe(false);
    const resp = $((await coord.agent.get('/beheer/respons?soort=gemeente')).text);
    expect(resp('table.coord-response-table tr.coord-total-row td').first().text()).toBe('341');
  });

  it('deactivates and reactivates a respondent account; the session ends', async () => {
    const temp = await ctx.loginAs('tijdelijk@example.nl', 'respondent', 'GM0363');
    const user = await accountOn(coord, 'GM0363', 'tijdelijk@example.nl');
    expect(user.status).toBe('Actief');
    const csrf = await csrfFrom(coord, '/beheer/organisaties/GM0363');
    await coord.agent.post(`/beheer/gebruikers/${user.id}/deactiveren`).type('form').send({ _csrf: csrf });
    expect((await accountOn(coord, 'GM0363', 'tijdelijk@example.nl')).status).toBe('Gedeactiveerd');
    expect((await temp.agent.get(`/vragenlijst/${WAVE}/GM0363`)).status).toBe(303);
    const page = $((await coord.agent.get('/beheer/organisaties/GM0363')).text);
    expect(page('#accounts + .table-scroll table').text()).toContain('Gedeactiveerd');
    await coord.agent.post(`/beheer/gebruikers/${user.id}/activeren`).type('form').send({ _csrf: csrf });
    expect((await accountOn(coord, 'GM0363', 'tijdelijk@example.nl')).status).toBe('Actief');
  });

  it('coordinators cannot deactivate staff accounts; beheerders can', async () => {
    const csrf = await csrfFrom(coord, '/beheer');
    expect((await coord.agent.post(`/beheer/gebruikers/${adminId}/deactiveren`).type('form').send({ _csrf: csrf })).status).toBe(403);
    const admin = await ctx.login('admin@example.nl');
    const self = await admin.agent.post(`/beheer/gebruikers/${adminId}/deactiveren`).type('form').send({ _csrf: await csrfFrom(admin, '/beheer') });
    expect(self.status).toBe(303);
    const staff = await staffAccounts(admin);
    expect(staff.find((a) => a.email === 'admin@example.nl')?.status).toBe('Actief');
    expect(staff.find((a) => a.email === 'coord@example.nl')).toMatchObject({ id: coordId, status: 'Actief' });
  });

  it('respondents see no coordination menu and get no coordination pages', async () => {
    const home = $((await respondent.agent.get('/')).text);
    expect(home('.site-nav a[href="/beheer"]').length).toBe(0);
    expect((await respondent.agent.get('/beheer/organisaties')).status).toBe(403);
    const coordHome = $((await coord.agent.get('/')).text);
    expect(coordHome('.site-nav a[href="/beheer"]').text()).toBe('Coördinatie');
  });
});
