/**
 * Issue 18: the analyst workbook counts its response figures and reads its organisations a batch at
 * a time, in pages of 500 codes. At twice the national size (over 700 organisations, so more than one
 * page) every organisation is in it once, in code order, and the figures are those of the overview.
 */
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildResponseFigures } from '../../server/services/responseFigures.ts';
import { buildResponseOverview, type ResponseOverviewFilter } from '../../server/services/responseOverview.ts';
import { generateWave } from '../../server/services/syntheticWave.ts';
import { setOrganisation } from '../support/arrange.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { SURVEY } from '../support/wave.ts';
import { download, readXlsx, rowValues, WAVE } from './support.ts';

const FILTERS: ResponseOverviewFilter[] = [
  {}, { actorKind: 'gemeente' }, { province: 'PV20' }, { region: 'JZ13' }, { inhabitants: 'ge100k' },
  { urbanisation: '1' }, { actorKind: 'regio', province: 'PV27' }, { province: 'PV20', region: 'JZ13' },
];

let ctx: TestContext;
let book: ExcelJS.Workbook;

/** The values of column `col` from row 2 down. */
function column(ws: ExcelJS.Worksheet, col: number): unknown[] {
  const out: unknown[] = [];
  ws.eachRow((row, n) => { if (n > 1) out.push(row.getCell(col).value); });
  return out;
}

beforeAll(async () => {
  ctx = await createTestContext();
  // Half submitted, some without a response at all (not started), one deactivated (not counted).
  await generateWave(ctx.database, SURVEY, WAVE, { scale: 2, seed: 7, submitted: 0.5, skip: new Set(['GM0014', 'JZ01', 'VNG']) });
  await setOrganisation(ctx.services, 'GM0363', { active: 0 });
  const { agent } = await ctx.loginAs('analist@example.nl', 'analyst');
  const { res, body } = await download(agent, `/analyse/${WAVE}/werkboek.xlsx`);
  expect(res.status).toBe(200);
  book = await readXlsx(body);
});
afterAll(() => ctx.close());

describe('analyst workbook read in batches', () => {
  it('counts the response figures a batch at a time, the same as the overview, under every filter', async () => {
    for (const filter of FILTERS) {
      const o = await buildResponseOverview(ctx.services, WAVE, filter);
      const { wave, rows, total, byProvince, byRegion, generatedAt } = o;
      const expected = { wave, rows, total, byProvince, byRegion, generatedAt };
      for (const size of [7, 1000]) {
        expect(await buildResponseFigures(ctx.services, WAVE, filter, size), `${JSON.stringify(filter)} per ${size}`).toEqual(expected);
      }
    }
  });

  it('has every active organisation once in Ruwe data, in code order, as many as the Respons sheet counts', () => {
    const codes = column(book.getWorksheet('Ruwe data')!, 1) as string[];
    expect(codes.length).toBeGreaterThan(700);
    expect(codes.every((c, i) => i === 0 || codes[i - 1]! < c)).toBe(true);
    expect(codes).toContain('GM0014'); // no response: a row all the same
    expect(codes).not.toContain('GM0363');
    const respons = book.getWorksheet('Respons')!;
    let total: unknown;
    respons.eachRow((row) => { if (row.getCell(1).value === 'Totaal') total = row.getCell(2).value; });
    expect(total).toBe(codes.length);
  });

  it('lists every explanation of Ruwe data in Toelichtingen, in code order', () => {
    const raw = book.getWorksheet('Ruwe data')!;
    const header = rowValues(raw, 1) as string[];
    const expected: string[] = [];
    raw.eachRow((row, n) => {
      if (n === 1) return;
      header.forEach((h, i) => {
        const v = row.getCell(i + 1).value;
        if (h.endsWith('.toelichting') && typeof v === 'string' && v.trim() !== '') expected.push(`${row.getCell(1).value} ${h}`);
      });
    });
    expect(expected.length).toBeGreaterThan(500);
    const ws = book.getWorksheet('Toelichtingen')!;
    const listed: string[] = [];
    ws.eachRow((row, n) => { if (n > 1) listed.push(`${row.getCell(1).value} ${row.getCell(4).value}.toelichting`); });
    expect(listed.map((l) => l.split(' ')[0]!)).toEqual(expected.map((l) => l.split(' ')[0]!));
    expect([...listed].sort()).toEqual([...expected].sort());
  });
});
