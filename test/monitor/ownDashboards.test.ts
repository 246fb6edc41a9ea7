/**
 * Issue 14, point 4: a participant takes its own dashboards away: a print-ready page (PDF through
 * the browser's print, with a print stylesheet) and the same tables as Excel for its council, with
 * its own answers and the page's filter. Staff get every table. The same figure in the page, the
 * print view and the Excel file.
 */
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { download, readXlsx } from '../exchange/support.ts';
import { gemeentenOf, seedResponse, WAVE } from './fixtures.ts';

let ctx: TestContext;
const m = `/monitor/${WAVE}`;
const Q = 'gemeente.residentieel.01';
const rowId = `#rij-${Q.replaceAll('.', '-')}`;

beforeAll(async () => {
  ctx = await createTestContext();
  const s = ctx.services;
  await ctx.addUser('gron@example.nl', 'respondent', 'GM0014');
  await ctx.addUser('analist@example.nl', 'analyst');
  const groningen = await gemeentenOf(s, 'JZ01');
  for (const [i, code] of groningen.slice(0, 7).entries()) {
    await seedResponse(s, code, { [Q]: i < 3 ? 'mee_bezig' : 'afgerond', 'gemeente.reikwijdte.01': 'ja' });
  }
  await seedResponse(s, 'RIJK', { 'rijk.reikwijdte.01': 'mee_bezig' });
});
afterAll(() => ctx.close());

const sheetRow = (book: ExcelJS.Workbook, text: string): ExcelJS.Row | undefined => {
  let found: ExcelJS.Row | undefined;
  for (const ws of book.worksheets) ws.eachRow((r) => { if (!found && r.getCell(2).value === text) found = r; });
  return found;
};

describe("a participant's own dashboards", () => {
  it('are linked from the monitor start page, keeping the filter', async () => {
    const { agent } = await ctx.login('gron@example.nl');
    const page = $((await agent.get(`${m}?regio=JZ01`)).text);
    expect(page(`a[href="${m}/afdrukken?regio=JZ01"]`).text()).toBe('afdrukken of opslaan als pdf');
    expect(page(`a[href="${m}/mijn-monitor.xlsx?regio=JZ01"]`).text()).toBe('downloaden als Excel');
  });

  it('print as one page: its own kind, its own answers marked, no navigation', async () => {
    const { agent } = await ctx.login('gron@example.nl');
    const res = await agent.get(`${m}/afdrukken`);
    expect(res.status).toBe(200);
    const page = $(res.text);
    expect(page('h1').text()).toBe('Monitor van de afspraken Hervormingsagenda Jeugd 2024: Groningen');
    expect(page('.print-view').length).toBe(1);
    expect(page('nav.monitor-nav').length).toBe(0);
    expect(page('form.filter-form').length).toBe(0);
    expect(page('.monitor-table').length).toBeGreaterThan(5); // a table per theme
    expect(page('[id$="tabel-rijk"]').length).toBe(0); // only the tables of its kind
    expect(page(`${rowId} .tag--own`).text()).toBe('Uw antwoord: Mee bezig');
    expect(page('.picture-table caption').map((_i, el) => page(el).text()).get()).toEqual([expect.stringMatching(/^Gemeenten:/)]);
    // Ids stay unique although several themes share the page.
    const ids = page('[id]').map((_i, el) => page(el).attr('id')).get();
    expect(new Set(ids).size).toBe(ids.length);
    const onTheme = $((await agent.get(`${m}/thema/residentieel`)).text);
    const cells = (p: ReturnType<typeof $>) => p(`${rowId} td`).map((_i, el) => p(el).text().trim()).get().slice(1, 6);
    expect(cells(page)).toEqual(cells(onTheme)); // the same figures as the theme page
    expect(cells(page)).toEqual(['0%', '43%', '0%', '57%', '7']);
  });

  it('download as Excel with its own answer beside the same figures', async () => {
    const { agent } = await ctx.login('gron@example.nl');
    const { res, body } = await download(agent, `${m}/mijn-monitor.xlsx`);
    expect(res.headers['content-disposition']).toContain('monitor-hervormingsagenda-2024-GM0014.xlsx');
    const book = await readXlsx(body);
    expect(book.worksheets[0]!.name).toBe('Overzicht');
    expect(book.worksheets[0]!.getRow(2).values).toContain('Groningen');
    const row = sheetRow(book, 'Onze gemeente bevordert aantoonbaar de inzet van informele steunfiguren.');
    expect(row).toBeDefined();
    const header = row!.worksheet.getRow(1).values as unknown[];
    expect(header).not.toContain('Vraag-id'); // no internal ids for readers
    expect(row!.getCell(header.indexOf('Uw antwoord')).value).toBe('Mee bezig');
    const share = row!.getCell(header.indexOf('Mee bezig'));
    expect(share.value as number).toBeCloseTo(3 / 7, 10);
    expect(share.numFmt).toBe('0%');
    expect(row!.getCell(header.indexOf('n')).value).toBe(7);
    for (const ws of book.worksheets.slice(1)) ws.eachRow((r, i) => { if (i > 1) expect(r.getCell(1).value).toBe('Gemeenten'); });
  });

  it('gives staff every table, without an own answer', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const page = $((await agent.get(`${m}/afdrukken`)).text);
    expect(page('h1').text()).toBe('Monitor van de afspraken Hervormingsagenda Jeugd 2024');
    expect(page('[id$="tabel-rijk"]').length).toBeGreaterThan(0);
    expect(page('.tag--own').length).toBe(0);
    const book = await readXlsx((await download(agent, `${m}/mijn-monitor.xlsx`)).body);
    const header = book.worksheets[1]!.getRow(1).values as unknown[];
    expect(header).not.toContain('Uw antwoord');
  });

  it('refuses a bad filter with 422', async () => {
    const { agent } = await ctx.login('gron@example.nl');
    expect((await agent.get(`${m}/mijn-monitor.xlsx?provincie=PV99`)).status).toBe(422);
    const res = await agent.get(`${m}/afdrukken?provincie=PV99`);
    expect(res.status).toBe(422);
  });
});
