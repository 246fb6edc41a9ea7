import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, type Session } from '../support/context.ts';
import { createCoordinationContext, type CoordinationContext, csrfFrom } from '../coordination/support.ts';
import { afterUpload } from '../support/uploads.ts';

/** Issue 16, point 1: contact people loaded through the organisation import, with its preview and per-row report. */
let ctx: CoordinationContext;
let coord: Session;

beforeAll(async () => {
  ctx = await createCoordinationContext();
  await ctx.addUser('coord@example.nl', 'coordinator');
  coord = await ctx.login('coord@example.nl');
});
afterAll(() => ctx.close());

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

async function upload(content: Buffer, name: string) {
  const csrf = await csrfFrom(coord, '/beheer/organisaties/importeren');
  return afterUpload(coord.agent, await coord.agent.post(`/beheer/organisaties/importeren`).field('_csrf', csrf).attach('bestand', content, name));
}
async function confirm(token: string) {
  const csrf = await csrfFrom(coord, '/beheer/organisaties/importeren');
  return coord.agent.post('/beheer/organisaties/importeren/bevestigen').type('form').send({ _csrf: csrf, token });
}
const rowTexts = (html: string) => {
  const page = $(html);
  return page('table tbody tr').map((_i, el) => page(el).text().replace(/\s+/g, ' ').trim()).get();
};
/** The contacts as the organisation page shows them (the legends of their forms). */
const contactsOn = async (code: string) => {
  const p = $((await coord.agent.get(`/beheer/organisaties/${code}`)).text);
  return p('form[action*="/contactpersonen"] legend').map((_i, el) => p(el).text().trim()).get().filter((t) => t !== 'Contactpersoon toevoegen');
};

describe('importing contact people', () => {
  it('explains the contacts file on the import page', async () => {
    const p = $((await coord.agent.get('/beheer/organisaties/importeren')).text);
    expect(p('main').text()).toContain('code, organisatie, naam, e-mail, rol');
  });

  it('a good CSV: preview per row, nothing stored until confirmed, then every contact on its organisation page', async () => {
    const res = await upload(csv([
      'code;organisatie;naam;e-mail;rol',
      'GM0014;Groningen;Anna de Vries;A.deVries@groningen.nl;contactpersoon monitor',
      'GM0014;Groningen;Bram Bakker;b.bakker@groningen.nl;Vaststeller',
      'GM0037;Stadskanaal;Cor Smit;;beleidsmedewerker jeugd',
    ]), 'contactpersonen.csv');
    expect(res.status).toBe(200);
    const p = $(res.text);
    expect(p('h1').text()).toBe('Controleer de contactpersonen');
    expect(p('[role="status"]').text()).toContain('Nieuw: 3 · gewijzigd: 0 · ongewijzigd: 0 · met fouten: 0');
    const rows = rowTexts(res.text);
    expect(rows[0]).toContain('GM0014 Groningen Anna de Vries Nieuw');
    expect(rows[0]).toContain('e-mail: a.devries@groningen.nl');
    expect(rows[2]).toContain('rol: beleidsmedewerker jeugd');
    expect(await contactsOn('GM0014')).toEqual([]);

    const done = await confirm(p('input[name="token"]').val() as string);
    expect(done.status).toBe(303);
    const list = $((await coord.agent.get('/beheer/organisaties')).text);
    expect(list('.utrecht-alert, [role="status"]').text()).toContain('Import voltooid: 3 contactpersonen toegevoegd, 0 bijgewerkt.');
    expect(await contactsOn('GM0014')).toEqual(['Anna de Vries (contactpersoon monitor)', 'Bram Bakker (vaststeller)']);
    expect(await contactsOn('GM0037')).toEqual(['Cor Smit (beleidsmedewerker jeugd)']);
    // The token is used up.
    expect((await confirm(p('input[name="token"]').val() as string)).headers.location).toBe('/beheer/organisaties/importeren');
  });

  it('a re-import (Excel) updates the person with the same address and adds the new one, removing nobody', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Contacten');
    ws.addRow(['Code', 'Naam contactpersoon', 'E-mailadres', 'Rol']);
    ws.addRow(['gm0014', 'Anna de Vries-Jansen', 'a.devries@groningen.nl', 'Contactpersoon monitor']);
    ws.addRow(['GM0014', 'Dirk Dijk', 'd.dijk@groningen.nl', '']);
    const res = await upload(Buffer.from(await wb.xlsx.writeBuffer()), 'contacten.xlsx');
    expect(res.status).toBe(200);
    expect($(res.text)('[role="status"]').text()).toContain('Nieuw: 1 · gewijzigd: 1 · ongewijzigd: 0 · met fouten: 0');
    expect(rowTexts(res.text)[0]).toContain('naam: Anna de Vries → Anna de Vries-Jansen');
    await confirm($(res.text)('input[name="token"]').val() as string);
    expect(await contactsOn('GM0014')).toEqual([
      'Anna de Vries-Jansen (contactpersoon monitor)', 'Bram Bakker (vaststeller)', 'Dirk Dijk (contactpersoon monitor)',
    ]);
  });

  it('a malformed e-mail and an unknown organisation: a Dutch message with row and column each, and nothing is stored', async () => {
    const res = await upload(csv([
      'code;naam;e-mail;rol',
      'GM0047;Eva Evers;eva@veendam.nl;contactpersoon',
      'GM0047;Frank Fok;frank@@veendam;vaststeller',
      'GM9999;Greet Geel;greet@nergens.nl;contactpersoon',
    ]), 'fout.csv');
    expect(res.status).toBe(422);
    const p = $(res.text);
    expect(p('title').text()).toMatch(/^Fout: /);
    const summary = p('#foutmeldingen li').map((_i, el) => p(el).text().trim()).get();
    expect(summary).toEqual([
      'Rij 3 (GM0047): kolom C (e-mail): ‘frank@@veendam’ is geen geldig e-mailadres.',
      'Rij 4 (GM9999): kolom A (code): er is geen organisatie met de code ‘GM9999’. Importeer de organisatie eerst, of verbeter de code.',
    ]);
    expect(p('#foutmeldingen a').first().attr('href')).toBe('#rij-3');
    expect(p('[role="status"]').text()).toContain('met fouten: 2');
    expect(p('input[name="token"]').length).toBe(0);
    expect(await contactsOn('GM0047')).toEqual([]);
  });

  it('the same person twice for one organisation, a missing name and missing columns are refused', async () => {
    const twice = await upload(csv(['code;naam;e-mail;rol', 'GM0047;Eva;eva@veendam.nl;', 'GM0047;Eva E.;EVA@veendam.nl;', 'GM0047;;;']), 'dubbel.csv');
    expect(twice.status).toBe(422);
    const texts = $(twice.text)('#foutmeldingen li').map((_i, el) => $(twice.text)(el).text()).get();
    expect(texts[0]).toContain('eva@veendam.nl staat voor GM0047 ook in rij 3');
    expect(texts[2]).toContain('Rij 4 (GM0047): kolom B (naam): de naam van de contactpersoon ontbreekt.');
    const noName = await upload(csv(['code;e-mail;rol', 'GM0047;eva@veendam.nl;']), 'zonder-naam.csv');
    expect(noName.status).toBe(422);
    expect($(noName.text)('#foutmeldingen').text()).toContain('De kolom ‘naam’ ontbreekt; die is verplicht in een bestand met contactpersonen.');
    expect(await contactsOn('GM0047')).toEqual([]);
  });

  it('an organisation file is still read as one', async () => {
    const res = await upload(csv(['code;naam;soort;e-mail', 'GM0047;Veendam;gemeente;jeugd@veendam.nl']), 'org.csv');
    expect(res.status).toBe(200);
    expect($(res.text)('h1').text()).toBe('Controleer de import');
  });
});
