import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, type Session } from '../support/context.ts';
import { organisationPage } from '../support/pages.ts';
import { createCoordinationContext, type CoordinationContext, csrfFrom } from './support.ts';
import { afterUpload } from '../support/uploads.ts';

let ctx: CoordinationContext;
let coord: Session;

beforeAll(async () => {
  ctx = await createCoordinationContext();
  await ctx.addUser('ander@example.nl', 'coordinator');
  coord = await ctx.loginAs('coord@example.nl', 'coordinator');
});
afterAll(() => ctx.close());

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

async function upload(content: Buffer, name: string, who: Session = coord) {
  const csrf = await csrfFrom(who, '/beheer/organisaties/importeren');
  return afterUpload(who.agent, await who.agent.post(`/beheer/organisaties/importeren`).field('_csrf', csrf).attach('bestand', content, name));
}

async function confirm(token: string, who: Session = coord) {
  const csrf = await csrfFrom(who, '/beheer/organisaties/importeren');
  return who.agent.post('/beheer/organisaties/importeren/bevestigen').type('form').send({ _csrf: csrf, token });
}

/** Whether the coordinator finds the organisation (its page is a 404 before it is imported). */
const exists = async (code: string) => (await organisationPage(coord, code)).status === 200;

const rowTexts = (html: string) => {
  const page = $(html);
  return page('table tbody tr').map((_i, el) => page(el).text().replace(/\s+/g, ' ').trim()).get();
};

describe('organisation import', () => {
  it('previews new and changed organisations per row, writes nothing until confirmed, then writes all', async () => {
    const file = csv([
      'code;naam;soort;inwoners;provincie;regio;e-mail',
      'GM0014;Groningen;gemeente;244.000;Groningen;JZ01;jeugd@groningen.nl',
      'GM9001;Nieuwgemeente;Gemeente;12500;PV26;utrecht stad;info@nieuw.nl',
      'GM0037;Stadskanaal;gemeente;32013;PV20;JZ01;',
    ]);
    const res = await upload(file, 'organisaties.csv');
    expect(res.status).toBe(200);
    expect($(res.text)('[role="status"]').text()).toContain('Nieuw: 1 · gewijzigd: 1 · ongewijzigd: 1 · met fouten: 0');
    const rows = rowTexts(res.text);
    expect(rows[0]).toContain('GM0014 Groningen Wordt bijgewerkt');
    expect(rows[0]).toContain('inwoners: 243768 → 244000');
    expect(rows[0]).toContain('e-mail: (leeg) → jeugd@groningen.nl');
    expect(rows[1]).toContain('GM9001 Nieuwgemeente Nieuw');
    expect(rows[2]).toContain('Ongewijzigd');
    expect(await exists('GM9001')).toBe(false);
    expect((await organisationPage(coord, 'GM0014')).facts.Inwoners).toBe('243.768');

    const token = $(res.text)('input[name="token"]').val() as string;
    // Somebody else cannot confirm this upload.
    const other = await ctx.login('ander@example.nl');
    await confirm(token, other);
    expect(await exists('GM9001')).toBe(false);

    const done = await confirm(token);
    expect(done.status).toBe(303);
    const list = await coord.agent.get('/beheer/organisaties');
    expect($(list.text)('[role="status"]').text()).toContain('1 organisaties toegevoegd, 1 bijgewerkt');
    const added = await organisationPage(coord, 'GM9001');
    expect(added).toMatchObject({ status: 200, name: 'Nieuwgemeente', regionCode: 'JZ22', form: { active: true } });
    expect(added.facts).toMatchObject({ Soort: 'gemeente', Inwoners: '12.500', Provincie: 'Utrecht', Contactadres: 'info@nieuw.nl' });
    // The province code, as the organisation list filters by it.
    const inUtrecht = $((await coord.agent.get('/beheer/organisaties?provincie=PV26&q=GM9001')).text);
    expect(inUtrecht('table tbody tr th a').text()).toBe('Nieuwgemeente');
    expect((await organisationPage(coord, 'GM0014')).facts).toMatchObject({ Inwoners: '244.000', Contactadres: 'jeugd@groningen.nl' });

    // The same token cannot be used twice; re-importing the same file changes nothing.
    await confirm(token);
    const again = await upload(file, 'organisaties.csv');
    expect($(again.text)('[role="status"]').text()).toContain('Nieuw: 0 · gewijzigd: 0 · ongewijzigd: 3');
    expect($(again.text)('input[name="token"]').length).toBe(0);
  });

  it('reads an Excel workbook, with Dutch or English headings and e-mail addresses as links', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Organisaties');
    ws.addRow(['Code', 'Name', 'Actor kind', 'Contact e-mail']);
    ws.addRow(['JZ99', 'Proefregio', 'jeugdregio', { text: 'regio@proef.nl', hyperlink: 'mailto:regio@proef.nl' }]);
    ws.addRow(['GM9002', 'Proefgemeente', 'gemeente', null]);
    const res = await upload(Buffer.from(await wb.xlsx.writeBuffer()), 'organisaties.xlsx');
    expect(res.status).toBe(200);
    const token = $(res.text)('input[name="token"]').val() as string;
    await confirm(token);
    const region = await organisationPage(coord, 'JZ99');
    expect(region.facts).toMatchObject({ Soort: 'regio', Contactadres: 'regio@proef.nl' });
    // A region is its own jeugdregio: the page links to no other.
    expect(region.regionCode).toBeUndefined();
    const inRegion = $((await coord.agent.get('/beheer/organisaties?regio=JZ99')).text);
    expect(inRegion('table tbody tr th a').text()).toBe('Proefregio');
  });

  it('reports every bad row with its row number and imports nothing', async () => {
    const res = await upload(csv([
      'code,naam,soort,inwoners,e-mail',
      'GM9101,Goed,gemeente,100,goed@example.nl',
      'GM9102,Dubbel,gemeente,,',
      'GM9103,Onbekend,waterschap,,',
      'GM9102,Nog eens dubbel,gemeente,,',
      'GM9104,Slecht adres,gemeente,,geen-adres',
      'GM9105,Veel,gemeente,twaalf,',
      ',Zonder code,gemeente,,',
      'GM0363,Amsterdam,regio,,',
    ]), 'fouten.csv');
    expect(res.status).toBe(422);
    const page = $(res.text);
    expect(page('.error-summary h2').text()).toBe('7 rijen bevatten fouten');
    expect(page('.error-summary').text()).toContain('Er is niets geïmporteerd');
    const errors = page('.error-summary li').map((_i, el) => page(el).text()).get();
    expect(errors).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Rij 3 \(GM9102\): De code GM9102 staat ook in rij 5/),
      expect.stringMatching(/^Rij 4 \(GM9103\): Onbekende soort ‘waterschap’/),
      expect.stringMatching(/^Rij 5 \(GM9102\): De code GM9102 staat ook in rij 3/),
      expect.stringMatching(/^Rij 6 \(GM9104\): ‘geen-adres’ is geen geldig e-mailadres/),
      expect.stringMatching(/^Rij 7 \(GM9105\): Het aantal inwoners ‘twaalf’ is geen heel getal/),
      expect.stringMatching(/^Rij 8: De code ontbreekt/),
      expect.stringMatching(/^Rij 9 \(GM0363\): .*soort kan niet via een import veranderen/),
    ]));
    expect(page('input[name="token"]').length).toBe(0);
    expect(await exists('GM9101')).toBe(false);
  });

  it('refuses unknown and missing columns before looking at rows', async () => {
    const res = await upload(csv(['code;naam;kleur', 'GM9201;X;blauw']), 'kolommen.csv');
    expect(res.status).toBe(422);
    const text = $(res.text)('.error-summary').text();
    expect(text).toContain('Onbekende kolom: ‘kleur’');
    expect(text).toContain('De kolom ‘soort’ ontbreekt');
    expect(await exists('GM9201')).toBe(false);
  });

  it('reads a CSV as Dutch Excel saves it (Windows-1252), with the same reader as the bulk import', async () => {
    // 'Súdwest-Fryslân' in Windows-1252: ú = 0xFA, â = 0xE2. The old organisation reader refused such files.
    const file = Buffer.concat([Buffer.from('code;naam;soort\r\nGM9301;S'), Buffer.from([0xfa]), Buffer.from('dwest-Frysl'), Buffer.from([0xe2]), Buffer.from('n;gemeente\r\n')]);
    const res = await upload(file, 'ansi.csv');
    expect(res.status).toBe(200);
    expect(rowTexts(res.text)[0]).toContain('GM9301 Súdwest-Fryslân Nieuw');
  });

  it('refuses a file that is not CSV or XLSX', async () => {
    for (const [content, name] of [[Buffer.from('%PDF-1.4 binary\u0000data'), 'lijst.pdf'], [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'lijst.csv'], [Buffer.from('niet echt excel'), 'lijst.xlsx']] as const) {
      const res = await upload(content, name);
      expect(res.status).toBe(422);
      expect($(res.text)('.error-summary').text()).toMatch(/geen CSV-bestand en geen Excel-bestand|kan niet worden gelezen/);
    }
  });

  it('refuses a file over 10 MB with a clear message', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 10, 'a');
    const res = await upload(big, 'groot.csv');
    expect(res.status).toBe(413);
    expect($(res.text)('.error-summary').text()).toContain('groter dan 10 MB');
  });

  it('asks for a file when none was chosen', async () => {
    const csrf = await csrfFrom(coord, '/beheer/organisaties/importeren');
    const res = await afterUpload(coord.agent, await coord.agent.post(`/beheer/organisaties/importeren`).field('_csrf', csrf).field('x', '1'));
    expect(res.status).toBe(422);
    expect($(res.text)('.error-summary a[href="#bestand"]').text()).toContain('Kies een CSV- of Excel-bestand');
  });

  it('refuses an upload without the form token', async () => {
    const res = await coord.agent.post('/beheer/organisaties/importeren').attach('bestand', csv(['code;naam;soort', 'GM9301;X;gemeente']), 'a.csv');
    expect(res.status).toBe(403);
  });
});
