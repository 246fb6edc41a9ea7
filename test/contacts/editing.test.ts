import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountRoleForContact, contactRoleText, roleFromText } from '../../server/services/coordination/contactRoles.ts';
import { $, type Session } from '../support/context.ts';
import { createCoordinationContext, type CoordinationContext, csrfFrom } from '../coordination/support.ts';

/** Issue 16, point 1: contact people edited on the organisation page, with plain forms (no JavaScript). */
let ctx: CoordinationContext;
let coord: Session;
const ORG = '/beheer/organisaties/GM0014';

beforeAll(async () => {
  ctx = await createCoordinationContext();
  await ctx.addUser('coord@example.nl', 'coordinator');
  coord = await ctx.login('coord@example.nl');
});
afterAll(() => ctx.close());

const post = async (path: string, fields: Record<string, string>) =>
  coord.agent.post(path).type('form').send({ _csrf: await csrfFrom(coord, ORG), ...fields });
const legends = async () => {
  const p = $((await coord.agent.get(ORG)).text);
  return p('form[action*="/contactpersonen"] legend').map((_i, el) => p(el).text().trim()).get();
};
const contactIds = async () => {
  const p = $((await coord.agent.get(ORG)).text);
  return p('form[action^="/beheer/organisaties/GM0014/contactpersonen/"]:not([action$="verwijderen"])')
    .map((_i, el) => Number(p(el).attr('action')!.split('/').pop())).get();
};

describe('contact people on the organisation page', () => {
  it('starts empty and adds a contact', async () => {
    expect($((await coord.agent.get(ORG)).text)('#contactpersonen').nextAll('p').first().text()).toContain('De mensen die');
    expect(await legends()).toEqual(['Contactpersoon toevoegen']);
    const res = await post(`${ORG}/contactpersonen`, { naam: ' Anna  de Vries ', email: 'A.deVries@Groningen.nl', rol: 'contactpersoon', rolAnders: '' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`${ORG}#contactpersonen`);
    const page = $((await coord.agent.get(ORG)).text);
    expect(page('[role="status"], .utrecht-alert').text()).toContain('Anna de Vries is toegevoegd als contactpersoon.');
    expect(await legends()).toEqual(['Anna de Vries (contactpersoon monitor)', 'Contactpersoon toevoegen']);
    const id = (await contactIds())[0]!;
    expect(page(`#contact-${id}-email`).val()).toBe('a.devries@groningen.nl');
  });

  it('refuses bad input with messages at the fields and keeps what was typed', async () => {
    const res = await post(`${ORG}/contactpersonen`, { naam: '', email: 'geen-adres', rol: 'anders', rolAnders: '' });
    expect(res.status).toBe(422);
    const p = $(res.text);
    expect(p('title').text()).toMatch(/^Fout: /);
    expect(p('#nieuw-naam-fout').text()).toContain('Vul de naam van de contactpersoon in.');
    expect(p('#nieuw-email-fout').text()).toContain('Vul een geldig e-mailadres in');
    expect(p('#nieuw-email').val()).toBe('geen-adres');
    expect(p('#nieuw-rolAnders-fout').text()).toContain('Beschrijf de rol');
    expect(p('#nieuw-rol option[selected]').val()).toBe('anders');
    expect(p('#foutmeldingen a').map((_i, a) => p(a).attr('href')).get()).toEqual(['#nieuw-naam', '#nieuw-email', '#nieuw-rolAnders']);
    // The same address twice in one organisation is refused.
    const twice = await post(`${ORG}/contactpersonen`, { naam: 'Anna', email: 'a.devries@groningen.nl', rol: 'vaststeller', rolAnders: '' });
    expect(twice.status).toBe(422);
    expect($(twice.text)('#nieuw-email-fout').text()).toContain('a.devries@groningen.nl staat al als contactpersoon bij deze organisatie.');
    expect(await legends()).toHaveLength(2);
  });

  it('changes a contact (role anders with its own text), and refuses a bad change at that contact', async () => {
    const [id] = await contactIds();
    const bad = await post(`${ORG}/contactpersonen/${id}`, { naam: 'Anna de Vries', email: 'anna@', rol: 'vaststeller', rolAnders: '' });
    expect(bad.status).toBe(422);
    expect($(bad.text)(`#contact-${id}-email-fout`).text()).toContain('Vul een geldig e-mailadres in');
    expect($(bad.text)(`#contact-${id}-email`).val()).toBe('anna@');
    expect($(bad.text)('#nieuw-email-fout').length).toBe(0);
    const ok = await post(`${ORG}/contactpersonen/${id}`, { naam: 'Anna de Vries', email: '', rol: 'anders', rolAnders: 'Beleidsmedewerker jeugd' });
    expect(ok.status).toBe(303);
    expect(await legends()).toEqual(['Anna de Vries (Beleidsmedewerker jeugd)', 'Contactpersoon toevoegen']);
  });

  it('removes a contact; a contact of another organisation or one that is gone is not touched', async () => {
    const [id] = await contactIds();
    const elsewhere = await coord.agent.post(`/beheer/organisaties/GM0037/contactpersonen/${id}/verwijderen`).type('form')
      .send({ _csrf: await csrfFrom(coord, ORG) });
    expect(elsewhere.status).toBe(303);
    expect(await legends()).toHaveLength(2);
    const res = await post(`${ORG}/contactpersonen/${id}/verwijderen`, {});
    expect(res.status).toBe(303);
    expect($((await coord.agent.get(ORG)).text)('.utrecht-alert, [role="status"]').text()).toContain('Anna de Vries is verwijderd als contactpersoon.');
    expect(await legends()).toEqual(['Contactpersoon toevoegen']);
    const again = await post(`${ORG}/contactpersonen/${id}`, { naam: 'X', email: '', rol: 'contactpersoon', rolAnders: '' });
    expect(again.status).toBe(303);
    expect($((await coord.agent.get(ORG)).text)('.utrecht-alert, [role="status"]').text()).toContain('Deze contactpersoon bestaat niet meer');
    expect((await coord.agent.post('/beheer/organisaties/XX999/contactpersonen').type('form').send({ _csrf: await csrfFrom(coord, ORG), naam: 'X' })).status).toBe(404);
  });

  it('reads roles from import text, and gives every contact a respondent account, a vaststeller one that may approve', () => {
    expect(roleFromText('Contactpersoon Monitor')).toEqual({ role: 'contactpersoon', other: null });
    expect(roleFromText('')).toEqual({ role: 'contactpersoon', other: null });
    expect(roleFromText(' vaststeller ')).toEqual({ role: 'vaststeller', other: null });
    expect(roleFromText('Wethouder')).toEqual({ role: 'anders', other: 'Wethouder' });
    expect(contactRoleText({ role: 'vaststeller', role_other: null })).toBe('vaststeller');
    expect(accountRoleForContact('contactpersoon')).toEqual({ role: 'respondent', signOff: false });
    expect(accountRoleForContact('anders')).toEqual({ role: 'respondent', signOff: false });
    expect(accountRoleForContact('vaststeller')).toEqual({ role: 'respondent', signOff: true });
  });
});
