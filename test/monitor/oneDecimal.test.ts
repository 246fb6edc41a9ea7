/**
 * Issue 14, point 2: figures the report's prose prints with one decimal ('Bij de grotere gemeenten
 * (gemeenten met meer dan 100.000 inwoners) heeft 3,2% geen domeinoverstijgende aanpak', r. 239) are
 * available in the API and the workbook; the pages keep whole numbers, as the report's tables do.
 * Also: the JSON link on the monitor's start page is for staff only.
 */
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WaveTables } from '../../server/domain/monitor/types.ts';
import { gemeenten } from '../support/arrange.ts';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { download, readXlsx } from '../exchange/support.ts';
import { seedResponse, WAVE } from './fixtures.ts';

let ctx: TestContext;
const MAIN = 'gemeente.aanpalende-domeinen.01';
const FOLLOW = 'gemeente.aanpalende-domeinen.03';
let large: string[];

beforeAll(async () => {
  ctx = await createTestContext();
  const s = ctx.services;
  await ctx.addUser('analist@example.nl', 'analyst');
  await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
  large = (await gemeenten(s)).filter((o) => o.inhabitants !== null && o.inhabitants > 100_000).map((o) => o.code).slice(0, 31);
  // 31 large gemeenten: one has no domain-wide approach (1 of 31 = 3.2%); 30 have one, 7 through maatwerkbudgetten.
  for (const [i, code] of large.entries()) {
    await seedResponse(s, code, i === 0 ? { [MAIN]: 'nee' } : { [MAIN]: 'ja', ...(i <= 7 ? { [FOLLOW]: 'maatwerkbudgetten' } : {}) });
  }
});
afterAll(() => ctx.close());

describe('one-decimal figures', () => {
  it('are in the API beside the whole numbers, and the page keeps whole numbers', async () => {
    expect(large.length).toBe(31);
    const { agent } = await ctx.login('analist@example.nl');
    const api = (await agent.get(`/api/waves/${WAVE}/tables?inwoners=ge100k`)).body as WaveTables;
    const row = api.themes.flatMap((t) => t.tables).flatMap((t) => t.rows).find((r) => r.questionId === MAIN)!;
    expect(row.cellCodes).toEqual(['ja', 'nee']);
    expect(row.cells).toEqual([97, 3]);
    expect(row.cellsOneDecimal).toEqual([96.8, 3.2]); // 30/31 and 1/31, as the report's prose writes them
    const option = api.themes.flatMap((t) => t.informative).find((x) => x.questionId === FOLLOW)!.options!
      .find((o) => o.code === 'maatwerkbudgetten')!;
    expect(option.percentOfBase).toBe(23); // 7 of 31
    expect(option.percentOfBaseOneDecimal).toBe(22.6);
    expect(option.percentOneDecimal).toBe(100);
    const page = $((await agent.get(`/monitor/${WAVE}/thema/aanpalende-domeinen?inwoners=ge100k`)).text);
    const cells = page(`#rij-${MAIN.replaceAll('.', '-')} td`).map((_i, el) => page(el).text().trim()).get();
    expect(cells).toContain('3% Nee');
    expect(page('main').text()).not.toContain('3,2%');
  });

  it('are in the workbook as the same unrounded share, formatted with one decimal', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const book: ExcelJS.Workbook = await readXlsx((await download(agent, `/analyse/${WAVE}/werkboek.xlsx?inwoners=ge100k`)).body);
    let found: ExcelJS.Row | undefined;
    let infoRow: ExcelJS.Row | undefined;
    for (const ws of book.worksheets) ws.eachRow((r) => {
      if (r.getCell(2).value === MAIN && !found) found = r;
      if (r.getCell(2).value === FOLLOW && String(r.getCell(4).value).startsWith('Maatwerk')) infoRow = r;
    });
    const header = found!.worksheet.getRow(1).values as unknown[];
    const whole = found!.getCell(header.indexOf('Nee'));
    const precise = found!.getCell(header.indexOf('Nee (1 decimaal)'));
    expect(whole.numFmt).toBe('0%');
    expect(precise.numFmt).toBe('0.0%');
    expect(precise.value as number).toBeCloseTo(1 / 31, 10);
    expect(Math.round((precise.value as number) * 1000) / 10).toBe(3.2);
    expect(infoRow!.getCell(8).numFmt).toBe('0.0%');
    expect(Math.round((infoRow!.getCell(8).value as number) * 1000) / 10).toBe(22.6);
  });
});

describe('the JSON link', () => {
  it('is shown to staff only', async () => {
    const analyst = await ctx.login('analist@example.nl');
    const staffPage = $((await analyst.agent.get(`/monitor/${WAVE}`)).text);
    expect(staffPage(`a[href^="/api/waves/${WAVE}/tables"]`).length).toBe(1);
    await seedResponse(ctx.services, 'GM0363', { [MAIN]: 'ja' });
    const respondent = await ctx.login('ams@example.nl');
    const res = await respondent.agent.get(`/monitor/${WAVE}`);
    expect(res.status).toBe(200);
    expect($(res.text)('a[href*="/api/"]').length).toBe(0);
    expect(res.text).not.toContain('(JSON)');
  });
});
