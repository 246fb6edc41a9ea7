import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitResponse } from '../../server/services/responses.ts';
import { fieldsOf, questionsFor } from '../../server/survey/model.ts';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { answersOf, completeAnswers, download, fill, readXlsx, rowValues, WAVE } from './support.ts';

let ctx: TestContext;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.addUser('analist@example.nl', 'analyst');
  await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
  const s = ctx.services;
  // Five gemeenten and the Rijk answer everything and submit; Utrecht only starts.
  for (const [i, org] of ['GM0363', 'GM0599', 'GM0518', 'GM0344', 'GM0014'].entries()) {
    await fill(s, org, completeAnswers(s, 'gemeente', i));
    expect((await submitResponse(s, WAVE, org, null)).ok).toBe(true);
  }
  await fill(s, 'RIJK', completeAnswers(s, 'rijk', 0));
  await submitResponse(s, WAVE, 'RIJK', null);
  await fill(s, 'GM0034', { 'gemeente.reikwijdte.01': 'ja' });
  const { agent } = await ctx.login('analist@example.nl');
  const { res, body } = await download(agent, `/analyse/${WAVE}/werkboek.xlsx`);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  expect(res.headers['content-disposition']).toContain('.xlsx');
  book = await readXlsx(body);
});
afterAll(() => ctx.close());

describe('analyst workbook', () => {
  it('has the sheets in report order', () => {
    const names = book.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Respons');
    expect(names).toContain('3.1 Reikwijdte');
    expect(names).toContain('3.3 Stevige lokale teams en toe'); // 31 characters at most
    expect(names.every((n) => n.length <= 31)).toBe(true);
    expect(names).toHaveLength(1 + 8 + 4);
    expect(names.slice(-4)).toEqual(['Beleving', 'Toelichtingen', 'Ruwe data', 'Codeboek']);
  });

  it("shows the response table with Excel percentages", () => {
    const ws = book.getWorksheet('Respons')!;
    // The one header of table 1.3, as on the response page and in the coordinators' downloads.
    expect(rowValues(ws, 5)).toEqual(['Partij', 'Organisaties', 'Ingevulde vragenlijsten', 'Bezig', 'Niet gestart', 'Responspercentage', 'Aantal vragen']);
    expect(ws.getRow(5).getCell(1).font?.bold).toBe(true);
    const gemeenten = ws.getRow(9);
    expect(gemeenten.getCell(1).value).toBe('Gemeenten');
    expect(gemeenten.getCell(3).value).toBe(5);
    expect(gemeenten.getCell(4).value).toBe(1);
    const pct = gemeenten.getCell(6);
    expect(pct.numFmt).toBe('0.0%');
    expect(pct.value as number).toBeCloseTo(0.015, 3);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
  });

  it('lays out a theme sheet as the report: bold frozen header, autofilter, percentages, behind schedule', () => {
    const ws = book.getWorksheet('3.1 Reikwijdte')!;
    const header = rowValues(ws, 1);
    expect(header.slice(0, 5)).toEqual(['Partij', 'Vraag-id', 'Afspraak', 'Planning HA/IP (indien bekend)', 'Ja/Nee vraag']);
    expect(header).toContain('Afgerond');
    expect(header.slice(-3)).toEqual(['Antwoord', 'n', 'Achter op planning']);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(3).width).toBe(70);
    let gemeente = 0;
    let rijk = 0;
    ws.eachRow((row, n) => {
      if (n === 1) return;
      if (row.getCell(1).value === 'Gemeenten' && row.getCell(2).value === 'gemeente.reikwijdte.01') {
        gemeente = n;
        const ja = row.getCell(header.indexOf('Ja') + 1);
        const nee = row.getCell(header.indexOf('Nee') + 1);
        expect(ja.numFmt).toBe('0%');
        expect((ja.value as number) + (nee.value as number)).toBeCloseTo(1, 5);
        expect(row.getCell(header.indexOf('n') + 1).value).toBe(5);
      }
      if (row.getCell(1).value === 'Rijk') rijk++;
    });
    expect(gemeente).toBeGreaterThan(0);
    expect(rijk).toBeGreaterThan(3);
    // The Rijk's single answers are marked with an X and named in 'Antwoord'.
    const rijkRow = ws.getRow(2);
    expect(rijkRow.getCell(1).value).toBe('Rijk');
    expect(rijkRow.getCell(header.indexOf('Antwoord') + 1).value).toBeTruthy();
    // A planning that passed before the reference date without 'afgerond' is highlighted and says so in words.
    const behind: ExcelJS.Row[] = [];
    ws.eachRow((row, n) => { if (n > 1 && row.getCell(header.length).value === 'Ja') behind.push(row); });
    expect(behind.length).toBeGreaterThan(0);
    const cell = behind[0]!.getCell(header.length);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF8CBAD');
  });

  it('has a Beleving sheet with the five-point scale', () => {
    const header = rowValues(book.getWorksheet('Beleving')!, 1);
    expect(header.slice(0, 4)).toEqual(['Partij', 'Vraag-id', 'Stelling', 'Over thema']);
    expect(header).toContain('Helemaal niet');
    expect(header).toContain('Volledig');
  });

  it('lists the explanations, texts that look like formulas as plain strings', () => {
    const ws = book.getWorksheet('Toelichtingen')!;
    expect(rowValues(ws, 1)).toEqual(['Organisatiecode', 'Organisatie', 'Soort organisatie', 'Vraag-id', 'Vraag', 'Antwoord', 'Toelichting']);
    const risky: ExcelJS.Cell[] = [];
    ws.eachRow((row, n) => {
      const c = row.getCell(7);
      if (n > 1 && typeof c.value === 'string' && /^[=+\-@]/.test(c.value)) risky.push(c);
    });
    expect(risky.length).toBeGreaterThan(3);
    for (const c of risky) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
    }
    expect(ws.autoFilter).toBeTruthy();
  });

  it("holds the raw data: one row per organisation, one column per field with the answer code", async () => {
    const ws = book.getWorksheet('Ruwe data')!;
    const header = rowValues(ws, 1) as string[];
    expect(header.slice(0, 8)).toEqual(['Organisatiecode', 'Naam', 'Soort organisatie', 'Provincie', 'Jeugdregio', 'Inwoners', 'Status respons', 'Ingediend op']);
    const survey = ctx.services.surveys.get(WAVE)!;
    expect(header.slice(8)).toEqual(survey.questions.flatMap(fieldsOf).map((f) => f.id));
    expect(ws.rowCount).toBe(1 + 342 + 42 + 5);
    let ams: ExcelJS.Row | undefined;
    ws.eachRow((row) => { if (row.getCell(1).value === 'GM0363') ams = row; });
    expect(ams).toBeDefined();
    const cell = (id: string) => ams!.getCell(header.indexOf(id) + 1);
    expect(cell('Naam').value).toBe('Amsterdam');
    expect(cell('Soort organisatie').value).toBe('gemeente');
    expect(cell('Provincie').value).toBe('Noord-Holland');
    expect(cell('Status respons').value).toBe('ingediend');
    expect(cell('Ingediend op').value).toBeInstanceOf(Date);
    expect(cell('Ingediend op').numFmt).toBe('dd-mm-yyyy hh:mm');
    expect(typeof cell('Inwoners').value).toBe('number');
    const answers = await answersOf(ctx.services, 'GM0363');
    expect(cell('gemeente.reikwijdte.01').value).toBe(answers['gemeente.reikwijdte.01']);
    expect(cell('gemeente.lokale-teams.08').value).toBe(answers['gemeente.lokale-teams.08']);
    expect(cell('gemeente.lokale-teams.07').value).toBe((answers['gemeente.lokale-teams.07'] as string[]).join('|'));
    expect(cell('rijk.reikwijdte.01').value).toBeNull();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
  });

  it('has a codebook with codes and labels and the planning', () => {
    const ws = book.getWorksheet('Codeboek')!;
    expect(rowValues(ws, 1)).toEqual(['Kolom', 'Vraag-id', 'Thema', 'Soort organisatie', 'Soort vraag', 'Vraag', 'Type', 'Antwoordcodes en labels', 'Bereik', 'Planning HA/IP', 'Voorwaarde', 'Verplicht']);
    let found: ExcelJS.Row | undefined;
    ws.eachRow((row) => { if (row.getCell(1).value === 'rijk.reikwijdte.02') found = row; });
    expect(found!.getCell(3).value).toBe('3.1 Reikwijdte');
    expect(found!.getCell(7).value).toBe('status');
    expect(found!.getCell(8).value).toContain('afgerond = Afgerond');
    expect(found!.getCell(10).value).toBe('Klaar Q1 2024');
  });

  it('follows the filters of the page it was downloaded from', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const { body } = await download(agent, `/analyse/${WAVE}/werkboek.xlsx?soort=gemeente&provincie=PV27`);
    const wb = await readXlsx(body);
    const raw = wb.getWorksheet('Ruwe data')!;
    const header = rowValues(raw, 1) as string[];
    const survey = ctx.services.surveys.get(WAVE)!;
    expect(header.slice(8)).toEqual(questionsFor(survey, 'gemeente').flatMap(fieldsOf).map((f) => f.id));
    const kinds = new Set<unknown>();
    const provinces = new Set<unknown>();
    raw.eachRow((row, n) => { if (n > 1) { kinds.add(row.getCell(3).value); provinces.add(row.getCell(4).value); } });
    expect([...kinds]).toEqual(['gemeente']);
    expect([...provinces]).toEqual(['Noord-Holland']);
    const theme = wb.getWorksheet('3.1 Reikwijdte')!;
    const parties = new Set<unknown>();
    theme.eachRow((row, n) => { if (n > 1 && row.getCell(2).value) parties.add(row.getCell(1).value); });
    expect([...parties]).toEqual(['Gemeenten']);
    expect(String(wb.getWorksheet('Respons')!.getCell('A2').value)).toContain('Gemeenten');
  });

  it('offers the downloads on the export page, for staff only', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const page = await agent.get(`/analyse/${WAVE}?soort=gemeente`);
    expect(page.status).toBe(200);
    const doc = $(page.text);
    expect(doc('a[href$="werkboek.xlsx?soort=gemeente"]').length).toBe(1);
    expect(doc('a[href*="ruwe-data.csv"]').length).toBe(2);
    expect(doc('nav a[href="/analyse"]').length).toBe(1);
    expect(doc('a[href$="/importeren"]').length).toBe(0); // analysts export only
    const bad = await agent.get(`/analyse/${WAVE}?provincie=PV99`);
    expect(bad.status).toBe(422);
    expect($(bad.text)('.error-summary').text()).toContain('PV99');
    expect($(bad.text)('#provincie-fout').text()).toContain('PV99');
    expect($(bad.text)('#provincie option[selected]').attr('value')).toBe('PV99'); // the typed value stays
    const respondent = await ctx.login('ams@example.nl');
    expect((await respondent.agent.get(`/analyse/${WAVE}/werkboek.xlsx`)).status).toBe(403);
  });
});
