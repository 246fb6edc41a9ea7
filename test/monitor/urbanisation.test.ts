// The urbanisation dimension (CBS stedelijkheid 2024) through the pages, the tables API and the
// analyst workbook; and the inhabitants classes, which hold gemeenten only.
import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WaveTables } from '../../server/domain/monitor/types.ts';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { download, readXlsx, rowValues } from '../exchange/support.ts';
import { seedResponse, WAVE } from './fixtures.ts';

const Q = 'gemeente.aanpalende-domeinen.01';
// Class 1 (zeer sterk stedelijk): Amsterdam, Rotterdam, 's-Gravenhage, Utrecht, Groningen. Almere is 2, Stadskanaal 4.
const URBAN = ['GM0363', 'GM0599', 'GM0518', 'GM0344', 'GM0014'];
const refRows = (file: string) => readFileSync(`server/reference/${file}`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
const class1 = refRows('stedelijkheid-2024.csv').filter((r) => r[2] === '1').map((r) => r[0]);

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.addUser('analist@example.nl', 'analyst');
  for (const [i, code] of [...URBAN, 'GM0034', 'GM0037'].entries()) await seedResponse(ctx.services, code, { [Q]: i % 4 === 3 ? 'nee' : 'ja' });
  await seedResponse(ctx.services, 'JZ13', { 'regio.residentieel.02': 'niet_begonnen' });
});
afterAll(() => ctx.close());

const rowOf = (t: WaveTables, id: string) => t.themes.flatMap((x) => x.tables).flatMap((x) => x.rows).find((r) => r.questionId === id)!;
const tableOf = (t: WaveTables, actor: string) => t.themes.flatMap((x) => x.tables).find((x) => x.actor === actor && x.rows.some((r) => r.questionId === 'regio.residentieel.02'))!;

function findRow(wb: ExcelJS.Workbook, questionId: string): { ws: ExcelJS.Worksheet; row: ExcelJS.Row } {
  for (const ws of wb.worksheets) {
    let found: ExcelJS.Row | undefined;
    ws.eachRow((row) => { if (row.getCell(2).value === questionId) found = row; });
    if (found) return { ws, row: found };
  }
  throw new Error(`no row ${questionId}`);
}

describe('monitor dimension: stedelijkheid', () => {
  it('filters a theme page, with n and the caption', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const res = await agent.get(`/monitor/${WAVE}/thema/aanpalende-domeinen?stedelijkheid=1`);
    expect(res.status).toBe(200);
    const page = $(res.text);
    expect(page('#tabel-gemeente caption').text().trim()).toBe('Gemeenten (n = 5)');
    expect(page('#tabel-gemeente-kop').parent().find('.table-meta').text()).toContain('(zeer sterk stedelijke gemeenten)');
    expect(page('#stedelijkheid option[selected]').attr('value')).toBe('1');
    expect(page('.filter-form').text()).toContain('Een filter op inwoners of stedelijkheid geldt alleen voor gemeenten.');
    const all = $((await agent.get(`/monitor/${WAVE}/thema/aanpalende-domeinen`)).text);
    expect(all('#tabel-gemeente caption').text().trim()).toBe('Gemeenten (n = 7)');
    expect(all('#stedelijkheid option').length).toBe(6); // 'Alle gemeenten' and the five classes
  });

  it('refuses an unknown class with a Dutch message, on the page and in the API', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const res = await agent.get(`/monitor/${WAVE}/thema/aanpalende-domeinen?stedelijkheid=9`);
    expect(res.status).toBe(422);
    expect($(res.text)('.error-summary a[href="#stedelijkheid"]').text()).toContain('Stedelijkheid ‘9’ bestaat niet');
    const api = await agent.get(`/api/waves/${WAVE}/tables?stedelijkheid=zeer`);
    expect(api.status).toBe(422);
    expect(api.body.errors.stedelijkheid).toContain('‘zeer’ bestaat niet');
  });

  it('gives the same n through the tables API', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const body = (await agent.get(`/api/waves/${WAVE}/tables?stedelijkheid=1`)).body as WaveTables;
    expect(body.filter).toEqual({ urbanisation: '1' });
    expect(body.segmented).toBe(true);
    expect(rowOf(body, Q)).toMatchObject({ n: 5, counts: [4, 1], cells: [80, 20], suppressed: false });
    expect(tableOf(body, 'regio').n).toBe(0); // CBS classifies gemeenten, not regio's
    const weak = (await agent.get(`/api/waves/${WAVE}/tables?stedelijkheid=4`)).body as WaveTables;
    expect(rowOf(weak, Q).n).toBe(1); // Stadskanaal
  });

  it('narrows the analyst workbook: caption, response, tables and raw data', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const { res, body } = await download(agent, `/analyse/${WAVE}/werkboek.xlsx?stedelijkheid=1`);
    expect(res.headers['content-disposition']).toContain('stedelijkheid1');
    const wb = await readXlsx(body);
    const respons = wb.getWorksheet('Respons')!;
    expect(String(respons.getCell('A2').value)).toBe('Selectie: alle soorten organisaties; zeer sterk stedelijke gemeenten');
    const gemeenten = [...Array(respons.rowCount).keys()].map((i) => respons.getRow(i + 1)).find((r) => r.getCell(1).value === 'Gemeenten')!;
    expect(gemeenten.getCell(2).value).toBe(class1.length);
    expect(gemeenten.getCell(3).value).toBe(5);
    const { ws, row } = findRow(wb, Q);
    const n = (rowValues(ws, 1) as string[]).indexOf('n') + 1;
    expect(row.getCell(n).value).toBe(5);
    const raw = wb.getWorksheet('Ruwe data')!;
    const codes: unknown[] = [];
    raw.eachRow((r, i) => { if (i > 1) codes.push(r.getCell(1).value); });
    expect(codes.sort()).toEqual([...class1].sort());
  });
});

describe('monitor dimension: inwoners splits gemeenten only', () => {
  it("leaves regio's out of both classes, in the tables and in the exports", async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const national = (await agent.get(`/api/waves/${WAVE}/tables`)).body as WaveTables;
    expect(tableOf(national, 'regio').n).toBe(1); // JZ13 answered; only the size classes leave it out
    expect(tableOf((await agent.get(`/api/waves/${WAVE}/tables?regio=JZ13`)).body as WaveTables, 'regio').n).toBe(1);
    for (const cls of ['ge100k', 'lt100k']) {
      const body = (await agent.get(`/api/waves/${WAVE}/tables?inwoners=${cls}`)).body as WaveTables;
      expect(tableOf(body, 'regio').n).toBe(0);
    }
    const large = refRows('gemeenten-2024.csv').filter((r) => Number(r[4]) > 100_000).map((r) => r[0]);
    const { body } = await download(agent, `/analyse/${WAVE}/werkboek.xlsx?inwoners=ge100k`);
    const wb = await readXlsx(body);
    const kinds = new Set<unknown>();
    const codes: unknown[] = [];
    wb.getWorksheet('Ruwe data')!.eachRow((r, i) => { if (i > 1) { codes.push(r.getCell(1).value); kinds.add(r.getCell(3).value); } });
    expect([...kinds]).toEqual(['gemeente']);
    expect(codes.sort()).toEqual(large.sort());
    expect(String(wb.getWorksheet('Respons')!.getCell('A2').value)).toContain('meer dan 100.000 inwoners');
  });
});
