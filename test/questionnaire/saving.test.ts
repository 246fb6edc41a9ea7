import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, createTestContext, type Session, type TestContext } from '../support/context.ts';
import { themeUrl, WAVE } from '../support/forms.ts';

const ORG = 'GM0014';
const api = `/api/waves/${WAVE}/responses/${ORG}`;
let ctx: TestContext;
let x: Session;
let y: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  x = await ctx.loginAs('x@groningen.nl', 'respondent', ORG);
  y = await ctx.loginAs('y@groningen.nl', 'respondent', ORG);
});
afterAll(() => ctx.close());

/** The theme page as a browser has it: its hidden fields, to post back with changed answers. */
async function openTheme(s: Session, theme: string) {
  const page = $((await s.agent.get(themeUrl(ORG, theme))).text);
  return { version: page('input[name="version"]').val() as string, bases: page('input[name="bases"]').val() as string, page };
}

function post(s: Session, theme: string, hidden: Record<string, string>, fields: Record<string, string | string[]>) {
  const body = new URLSearchParams({ _csrf: s.csrf, ...hidden });
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  return s.agent.post(themeUrl(ORG, theme)).type('form').send(body.toString());
}
const answers = async () => (await x.agent.get(api)).body.answers as Record<string, unknown>;
const put = (s: Session, body: object) => s.agent.put(api).set('X-CSRF-Token', s.csrf).set('Accept', 'application/json').send(body);

describe('saving a respondent\'s answers', () => {
  it('refuses a JSON save without a version, with a clear message', async () => {
    const res = await put(x, { answers: { 'gemeente.reikwijdte.01': 'ja' } });
    expect(res.status).toBe(400);
    expect(res.body.error).toContain('"version"');
    expect((await answers())['gemeente.reikwijdte.01']).toBeUndefined();
  });

  it('reads numbers sent as typed text like the form does, and saves valid fields next to a refused one', async () => {
    const { version } = await openTheme(x, 'lokale-teams');
    const res = await put(x, { version: Number(version), answers: { 'gemeente.lokale-teams.08': '12,5', 'gemeente.lokale-teams.09': 'veel', 'gemeente.lokale-teams.10': '€ 1.200.000,50' } });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors)).toEqual(['gemeente.lokale-teams.09']);
    expect(res.body.changed.sort()).toEqual(['gemeente.lokale-teams.08', 'gemeente.lokale-teams.10']);
    const stored = await answers();
    expect(stored['gemeente.lokale-teams.08']).toBe(12.5);
    expect(stored['gemeente.lokale-teams.10']).toBe(1200000.5);
  });

  it('never writes back a value the user did not change: autosave, then Opslaan, keeps a colleague\'s answer', async () => {
    const page = await openTheme(x, 'lokale-teams');
    // Colleague Y saves vraag 8 = 77 after X opened the page.
    expect((await put(y, { version: Number(page.version), answers: { 'gemeente.lokale-teams.08': 77 } })).status).toBe(200);
    // X's autosave of another field, based on that field's value on X's page; it moves X's version forward.
    const bases = JSON.parse(page.bases) as Record<string, unknown>;
    const auto = await put(x, { version: Number(page.version), bases: { 'gemeente.lokale-teams.09': bases['gemeente.lokale-teams.09'] }, answers: { 'gemeente.lokale-teams.09': '5' } });
    expect(auto.status).toBe(200);
    bases['gemeente.lokale-teams.09'] = 5;
    // X clicks Opslaan: the form still shows the old 12,5 for vraag 8.
    const res = await post(x, 'lokale-teams', { version: String(auto.body.version), bases: JSON.stringify(bases) }, {
      'gemeente.lokale-teams.08': '12,5', 'gemeente.lokale-teams.09': '5', 'gemeente.lokale-teams.10': '1200000,5',
    });
    expect(res.status).toBe(303);
    expect((await answers())['gemeente.lokale-teams.08']).toBe(77);
  });

  it('shows a real collision with both values and a choice; the server applies the choice', async () => {
    const page = await openTheme(x, 'residentieel');
    expect((await put(y, { version: Number(page.version), answers: { 'gemeente.residentieel.01': 'afgerond' } })).status).toBe(200);
    const res = await post(x, 'residentieel', { version: page.version, bases: page.bases }, { 'gemeente.residentieel.01': 'mee_bezig' });
    expect(res.status).toBe(409);
    const conflict = $(res.text);
    const box = conflict('#vraag-gemeente-residentieel-01 fieldset.conflict');
    expect(box.text()).toContain('Uw antwoord: Mee bezig');
    expect(box.text()).toContain('Opgeslagen door een collega: Afgerond');
    expect(box.find('label').map((_i, l) => conflict(l).text()).get()).toEqual(['Mijn antwoord houden', 'Antwoord van collega overnemen']);
    const hidden = { version: conflict('input[name="version"]').val() as string, bases: conflict('input[name="bases"]').val() as string, conflicten: conflict('input[name="conflicten"]').val() as string };

    // Without a choice nothing is written and the question asks for one.
    const undecided = await post(x, 'residentieel', hidden, { 'gemeente.residentieel.01': 'mee_bezig' });
    expect(undecided.status).toBe(422);
    expect($(undecided.text)('#foutmeldingen').text()).toContain('Vraag 1: Kies of u uw eigen antwoord houdt');
    expect((await answers())['gemeente.residentieel.01']).toBe('afgerond');

    const takeTheirs = await post(x, 'residentieel', hidden, { 'gemeente.residentieel.01': 'mee_bezig', 'keuze.gemeente.residentieel.01': 'collega' });
    expect(takeTheirs.status).toBe(303);
    expect((await answers())['gemeente.residentieel.01']).toBe('afgerond');
    const keepMine = await post(x, 'residentieel', hidden, { 'gemeente.residentieel.01': 'mee_bezig', 'keuze.gemeente.residentieel.01': 'mijn' });
    expect(keepMine.status).toBe(303);
    expect((await answers())['gemeente.residentieel.01']).toBe('mee_bezig');
  });

  it('saves the valid answers of a page with one wrong value; the summary names the question and says the rest was saved', async () => {
    const page = await openTheme(x, 'aanpalende-domeinen');
    const res = await post(x, 'aanpalende-domeinen', { version: page.version, bases: page.bases }, {
      'gemeente.aanpalende-domeinen.01': 'ja', 'gemeente.aanpalende-domeinen.02': 'nee', 'gemeente.aanpalende-domeinen.04': 'twaalf',
    });
    expect(res.status).toBe(422);
    const html = $(res.text);
    expect(html('title').text()).toMatch(/^Fout: /);
    expect(html('#foutmeldingen a').first().text()).toBe('Vraag 1b: Vul een getal in, bijvoorbeeld 1200 of 12,5.');
    expect(html('#foutmeldingen').text()).toContain('Uw andere antwoorden op deze pagina zijn opgeslagen.');
    expect(html('#gemeente-aanpalende-domeinen-04').val()).toBe('twaalf');
    const stored = await answers();
    expect(stored['gemeente.aanpalende-domeinen.01']).toBe('ja');
    expect(stored['gemeente.aanpalende-domeinen.02']).toBe('nee');
  });

  it('lets any radio question be cleared with \'Geen antwoord\', also a required one', async () => {
    const page = await openTheme(x, 'aanpalende-domeinen');
    expect(page.page('label[for="gemeente-aanpalende-domeinen-02-wissen"]').text()).toBe('Geen antwoord');
    const res = await post(x, 'aanpalende-domeinen', { version: page.version, bases: page.bases }, { 'gemeente.aanpalende-domeinen.01': 'ja', 'gemeente.aanpalende-domeinen.02': '' });
    expect(res.status).toBe(303);
    expect((await answers())['gemeente.aanpalende-domeinen.02']).toBeUndefined();
  });

  it('saves first, then goes where the pager button leads', async () => {
    const page = await openTheme(x, 'lokale-teams');
    expect(page.page('nav.pager button[value="vorige"]').text()).toContain('Vorige:');
    const res = await post(x, 'lokale-teams', { version: page.version, bases: page.bases, actie: 'vorige' }, { 'gemeente.lokale-teams.01': 'nee' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(themeUrl(ORG, 'aanpalende-domeinen'));
    expect((await answers())['gemeente.lokale-teams.01']).toBe('nee');
  });
});

describe('leaving a theme page through the header saves first (without JavaScript)', () => {
  const ORG2 = 'GM0363';
  const api2 = `/api/waves/${WAVE}/responses/${ORG2}`;
  let p: Session;
  let q: Session;
  beforeAll(async () => {
    p = await ctx.loginAs('p@amsterdam.nl', 'respondent', ORG2);
    q = await ctx.loginAs('q@amsterdam.nl', 'respondent', ORG2);
  });
  const open = async (s: Session) => {
    const page = $((await s.agent.get(themeUrl(ORG2, 'lokale-teams'))).text);
    return { version: page('input[name="version"]').val() as string, bases: page('input[name="bases"]').val() as string, page };
  };
  const postAs = (s: Session, hidden: Record<string, string>, fields: Record<string, string>) => {
    const body = new URLSearchParams({ _csrf: s.csrf, ...hidden, ...fields });
    return s.agent.post(themeUrl(ORG2, 'lokale-teams')).type('form').send(body.toString());
  };
  const stored2 = async () => (await p.agent.get(api2)).body.answers as Record<string, unknown>;

  it('renders the menu, the site name, the account link and Uitloggen as buttons of the theme form', async () => {
    const { page } = await open(p);
    const menu = page('nav.site-nav button[form="thema-formulier"][name="ga_naar"]');
    expect(menu.map((_i, b) => page(b).attr('value')).get()).toContain('/vragenlijst');
    expect(page('nav.site-nav button[value="/vragenlijst"]').attr('aria-current')).toBe('page');
    expect(page('nav.site-nav a').length).toBe(0);
    expect(page('button.site-header__name[value="/"]').text()).toContain('Afsprakenmonitor');
    expect(page('button[name="ga_naar"][value="/account"]').text()).toContain('p@amsterdam.nl');
    expect(page('button[name="ga_naar"][value="/uitloggen"]').text()).toBe('Uitloggen');
    // Enter in a field still means 'Opslaan': the first submit button of the form in the document is a hidden 'Opslaan'.
    const first = page('button[form="thema-formulier"], form#thema-formulier button[type="submit"]').first();
    expect(first.attr('value')).toBe('opslaan');
    expect(first.attr('hidden')).toBeDefined();
    // Elsewhere the header keeps its plain links and logout form.
    const start = $((await p.agent.get(`/vragenlijst/${WAVE}/${ORG2}`)).text);
    expect(start('nav.site-nav a[href="/vragenlijst"]').length).toBe(1);
    expect(start('form[action="/uitloggen"] button').text()).toBe('Uitloggen');
  });

  it('saves, then goes to the menu item', async () => {
    const page = await open(p);
    const res = await postAs(p, { version: page.version, bases: page.bases, ga_naar: '/account' }, { 'gemeente.lokale-teams.09': '41' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/account');
    expect((await stored2())['gemeente.lokale-teams.09']).toBe(41);
  });

  for (const evil of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', '/beheer-niet-in-menu']) {
    it(`never leads off the header's own paths: ${evil} goes back to the theme page`, async () => {
      const page = await open(p);
      const res = await postAs(p, { version: page.version, bases: page.bases, ga_naar: evil }, { 'gemeente.lokale-teams.09': String(50 + evil.length) });
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe(themeUrl(ORG2, 'lokale-teams'));
      expect((await stored2())['gemeente.lokale-teams.09']).toBe(50 + evil.length);
    });
  }

  it('stays on the page with the error when a value is refused', async () => {
    const page = await open(p);
    const res = await postAs(p, { version: page.version, bases: page.bases, ga_naar: '/account' }, { 'gemeente.lokale-teams.09': 'veel' });
    expect(res.status).toBe(422);
    const html = $(res.text);
    expect(html('#foutmeldingen').text()).toContain('Vraag 8:');
    expect(html('#gemeente-lokale-teams-09').val()).toBe('veel');
  });

  it('Uitloggen saves first, then logs out', async () => {
    const page = await open(q);
    const res = await postAs(q, { version: page.version, bases: page.bases, ga_naar: '/uitloggen' }, { 'gemeente.lokale-teams.10': '4242' });
    expect(res.status).toBe(307);
    expect(res.headers.location).toBe('/uitloggen');
    expect((await stored2())['gemeente.lokale-teams.10']).toBe(4242);
    // The browser repeats the post there (with its form token): the normal logout.
    const out = await q.agent.post('/uitloggen').type('form').send(new URLSearchParams({ _csrf: q.csrf }).toString());
    expect(out.status).toBe(303);
    expect(out.headers.location).toBe('/inloggen');
    const after = await q.agent.get(themeUrl(ORG2, 'lokale-teams'));
    expect(after.headers.location).toContain('/inloggen');
  });
});

describe('follow-ups cleared because their trigger changed', () => {
  const ORG3 = 'GM0344';
  const api3 = `/api/waves/${WAVE}/responses/${ORG3}`;
  let a: Session;
  let b: Session;
  beforeAll(async () => {
    a = await ctx.loginAs('a@zeist.nl', 'respondent', ORG3);
    b = await ctx.loginAs('b@zeist.nl', 'respondent', ORG3);
  });
  const putAs = (s: Session, body: object) => s.agent.put(api3).set('X-CSRF-Token', s.csrf).set('Accept', 'application/json').send(body);
  const stored3 = async () => (await a.agent.get(api3)).body.answers as Record<string, unknown>;
  const Q1 = 'gemeente.aanpalende-domeinen.01';
  const Q4 = 'gemeente.aanpalende-domeinen.04';

  it('are not a conflict when a colleague edited the follow-up: the autosave of the trigger alone clears it', async () => {
    const start = await putAs(a, { version: (await a.agent.get(api3)).body.version, answers: { [Q1]: 'ja', [Q4]: '5' } });
    expect(start.status).toBe(200);
    // Colleague B changes the follow-up; A's page still shows 5 and A answers 'nee' to vraag 1.
    expect((await putAs(b, { version: start.body.version, answers: { [Q4]: '9' } })).status).toBe(200);
    const res = await putAs(a, { version: start.body.version, bases: { [Q1]: 'ja' }, answers: { [Q1]: 'nee' } });
    expect(res.status).toBe(200);
    expect(res.body.conflicts).toBeUndefined();
    expect(res.body.changed.sort()).toEqual([Q1, Q4]);
    expect((await stored3())[Q4]).toBeUndefined();
  });

  it('stay when the trigger itself is in conflict (nothing is cleared for a change that was not written)', async () => {
    const v0 = (await a.agent.get(api3)).body.version as number;
    // Stored: vraag 1 'nee' (A's page). Colleague B answers 'ja' and the follow-up.
    const bSave = await putAs(b, { version: v0, answers: { [Q1]: 'ja', [Q4]: '7' } });
    expect(bSave.status).toBe(200);
    // A, on the old page, takes vraag 1 back ('Geen antwoord'): a real conflict on vraag 1 only.
    const res = await putAs(a, { version: v0, bases: { [Q1]: 'nee' }, answers: { [Q1]: null } });
    expect(res.status).toBe(409);
    expect(res.body.conflicts.map((c: { field: string }) => c.field)).toEqual([Q1]);
    const now = await stored3();
    expect(now[Q1]).toBe('ja');
    expect(now[Q4]).toBe(7);
  });

  it('are not a conflict in a form post either, where the hidden follow-up comes empty (JavaScript disables it)', async () => {
    const v = (await a.agent.get(api3)).body.version as number;
    expect((await putAs(a, { version: v, answers: { [Q1]: 'ja', [Q4]: '5' } })).status).toBe(200);
    const page = $((await a.agent.get(themeUrl(ORG3, 'aanpalende-domeinen'))).text);
    const hidden = { version: page('input[name="version"]').val() as string, bases: page('input[name="bases"]').val() as string };
    expect((await putAs(b, { version: Number(hidden.version), answers: { [Q4]: '9' } })).status).toBe(200);
    const body = new URLSearchParams({ _csrf: a.csrf, ...hidden, [Q1]: 'nee' });
    const res = await a.agent.post(themeUrl(ORG3, 'aanpalende-domeinen')).type('form').send(body.toString());
    expect(res.status).toBe(303);
    expect((await stored3())[Q1]).toBe('nee');
    expect((await stored3())[Q4]).toBeUndefined();
  });

  it('are written with their trigger when sent together (switching back keeps the follow-up\'s text)', async () => {
    const v = (await a.agent.get(api3)).body.version as number;
    const on = await putAs(a, { version: v, answers: { [Q1]: 'ja', [Q4]: '7' } });
    const off = await putAs(a, { version: on.body.version, bases: { [Q1]: 'ja' }, answers: { [Q1]: 'nee' } });
    expect(off.body.changed.sort()).toEqual([Q1, Q4]);
    expect((await stored3())[Q4]).toBeUndefined();
    // autosave.js sends a trigger with the follow-ups it shows: the page still shows 7, its base is now empty.
    const back = await putAs(a, { version: off.body.version, bases: { [Q1]: 'nee', [Q4]: null }, answers: { [Q1]: 'ja', [Q4]: '7' } });
    expect(back.status).toBe(200);
    expect((await stored3())[Q4]).toBe(7);
  });
});
