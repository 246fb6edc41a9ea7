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
  await ctx.addUser('x@groningen.nl', 'respondent', ORG);
  await ctx.addUser('y@groningen.nl', 'respondent', ORG);
  x = await ctx.login('x@groningen.nl');
  y = await ctx.login('y@groningen.nl');
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
    expect(html('#foutmeldingen a').first().text()).toBe('Vraag 4: Vul een getal in, bijvoorbeeld 1200 of 12,5.');
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
