/**
 * Issue 14, point 2: one figure means one thing everywhere. A follow-up's percentage in the
 * workbook is on the base of the pages, the API and the report (all respondents of the question it
 * follows); workbook percentages are unrounded shares formatted as whole percentages, and a mean
 * has a number format.
 */
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InformativeStat, WaveTables } from '../../server/domain/monitor/types.ts';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { seedResponse } from '../support/wave.ts';
import { download, readXlsx, WAVE } from './support.ts';

let ctx: TestContext;
let book: ExcelJS.Workbook;
let api: WaveTables;
let page: ReturnType<typeof $>;

const MAIN = 'gemeente.aanpalende-domeinen.01';
const FOLLOW = 'gemeente.aanpalende-domeinen.03';
const NUMBER = 'gemeente.aanpalende-domeinen.04';

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.addUser('analist@example.nl', 'analyst');
  const s = ctx.services;
  // Seven gemeenten answer the main question, four 'ja'; three of those answer the follow-up.
  const rows: [string, Record<string, unknown>][] = [
    ['GM0014', { [MAIN]: 'ja', [FOLLOW]: 'maatwerkbudgetten', [NUMBER]: 10 }],
    ['GM0034', { [MAIN]: 'ja', [FOLLOW]: 'maatwerkbudgetten', [NUMBER]: 15 }],
    ['GM0037', { [MAIN]: 'ja', [FOLLOW]: 'andere_aanpak', [NUMBER]: 22 }],
    ['GM0047', { [MAIN]: 'ja' }],
    ['GM0363', { [MAIN]: 'nee' }],
    ['GM0599', { [MAIN]: 'nee' }],
    ['GM0344', { [MAIN]: 'nee' }],
  ];
  for (const [org, answers] of rows) await seedResponse(s, org, answers as never);
  const { agent } = await ctx.login('analist@example.nl');
  book = await readXlsx((await download(agent, `/analyse/${WAVE}/werkboek.xlsx`)).body);
  api = (await agent.get(`/api/waves/${WAVE}/tables`)).body as WaveTables;
  page = $((await agent.get(`/monitor/${WAVE}/thema/aanpalende-domeinen`)).text);
});
afterAll(() => ctx.close());

/** Every workbook row whose 'Vraag-id' is this question. */
function sheetRows(id: string): ExcelJS.Row[] {
  const out: ExcelJS.Row[] = [];
  for (const ws of book.worksheets) ws.eachRow((row) => { if (row.getCell(2).value === id) out.push(row); });
  return out;
}
const stat = (id: string): InformativeStat => api.themes.flatMap((t) => t.informative).find((x) => x.questionId === id)!;

describe('the same figure in the page, the API and the workbook', () => {
  it("gives a follow-up's percentage of all respondents of the main question", () => {
    const st = stat(FOLLOW);
    expect(st.baseN).toBe(7);
    const option = st.options!.find((o) => o.code === 'maatwerkbudgetten')!;
    expect(option.percentOfBase).toBe(29); // 2 of 7; of those who answered the follow-up it would be 67%
    const row = sheetRows(FOLLOW).find((r) => r.getCell(4).value === option.label)!;
    const share = row.getCell(5);
    expect(share.value as number).toBeCloseTo(2 / 7, 10); // unrounded
    expect(share.numFmt).toBe('0%'); // shown as 29%, like the page
    expect(Math.round((share.value as number) * 100)).toBe(option.percentOfBase);
    expect(row.getCell(6).value).toBe(2);
    expect(row.getCell(7).value).toBe(7); // the base
    const onPage = page(`#info-${FOLLOW.replaceAll('.', '-')}`).closest('section').find('tr')
      .filter((_i, el) => page(el).find('th, td').first().text().trim() === option.label);
    expect(onPage.text()).toContain(`${option.percentOfBase}%`);
  });

  it('gives a mean unrounded with a number format, equal to the API', () => {
    const st = stat(NUMBER);
    expect(st.numbers!.mean).toBeCloseTo(47 / 3, 10);
    const mean = sheetRows(NUMBER).find((r) => String(r.getCell(4).value).startsWith('Gemiddelde'))!;
    expect(mean.getCell(6).value).toBe(st.numbers!.mean);
    expect(mean.getCell(6).numFmt).toBe('#,##0.0');
    expect(mean.getCell(7).value).toBe(3); // over the three who gave a number
  });

  it('writes table cells as unrounded shares of n, formatted as whole percentages', () => {
    const apiRow = api.themes.flatMap((t) => t.tables).flatMap((t) => t.rows).find((r) => r.questionId === MAIN)!;
    expect(apiRow.cells).toEqual([57, 43]); // 4/7 and 3/7, each rounded
    const row = sheetRows(MAIN)[0]!;
    const header = book.getWorksheet(row.worksheet.name)!.getRow(1).values as unknown[];
    const ja = row.getCell(header.indexOf('Ja'));
    const nee = row.getCell(header.indexOf('Nee'));
    expect(ja.value as number).toBeCloseTo(4 / 7, 10);
    expect(nee.value as number).toBeCloseTo(3 / 7, 10);
    expect((ja.value as number) + (nee.value as number)).toBeCloseTo(1, 10); // sums to 100% in Excel
    expect(ja.numFmt).toBe('0%');
  });
});
