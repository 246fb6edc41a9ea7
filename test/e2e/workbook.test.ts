import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { submitResponse } from '../../server/services/responses.ts';
import { completeAnswers, fill } from '../exchange/support.ts';
import { TEST_PASSWORD } from '../support/context.ts';
import { useAppInChromium } from './support/suite.ts';
import { login, navigates, openPage } from './support/browser.ts';
import { WAVE } from '../support/wave.ts';
import { loadWave } from '../../server/services/surveyWaves.ts';

const SUBMITTED = ['GM0014', 'GM0034', 'GM0037', 'GM0047', 'GM0050', 'GM0059'];
const DRAFT = 'GM0060';


const e2e = useAppInChromium({}, async (e2e) => {
  const s = e2e.app.ctx.services;
  for (const [i, org] of SUBMITTED.entries()) {
    await fill(s, org, completeAnswers(s, 'gemeente', i));
    expect(await submitResponse(s, WAVE, org, null)).toEqual({ ok: true });
  }
  await fill(s, 'JZ01', completeAnswers(s, 'regio', 0));
  expect(await submitResponse(s, WAVE, 'JZ01', null)).toEqual({ ok: true });
  await fill(s, DRAFT, { 'gemeente.reikwijdte.01': 'ja' });
});

/** Clicks a link that downloads a file; returns the download once it is complete. */
async function downloadFrom(page: Page, name: string | RegExp): Promise<{ download: Download; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  expect(await download.failure()).toBeNull();
  return { download, body: await readFile((await download.path())!) };
}

const column = (ws: ExcelJS.Worksheet, n: number) => {
  const out: unknown[] = [];
  ws.getColumn(n).eachCell((c) => out.push(c.value));
  return out;
};

describe('an analyst downloads the workbook', () => {
  it('opens the export page, chooses a selection and downloads the workbook and the raw data', async () => {
    await e2e.app.ctx.addUser('analist@example.nl', 'analyst');
    const { page, problems, context } = await openPage(e2e.browser, e2e.app.baseUrl);
    await login(page, 'analist@example.nl', TEST_PASSWORD);
    await navigates(page, () => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Export' }).click());
    // Two surveys run on this instance (2024 monitor, 2018 transformation plans): the analyst picks the wave.
    expect(new URL(page.url()).pathname).toBe('/analyse');
    const { title } = (await loadWave(e2e.app.ctx.services, WAVE)).wave;
    await navigates(page, () => page.getByRole('link', { name: title, exact: true }).click());
    expect(new URL(page.url()).pathname).toBe(`/analyse/${WAVE}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Export:');
    // Analysts export; importing is for coordinators.
    expect(await page.getByRole('link', { name: 'Antwoorden importeren' }).count()).toBe(0);

    // Everything.
    const all = await downloadFrom(page, 'Werkboek voor analisten (Excel, .xlsx)');
    expect(all.download.suggestedFilename()).toBe(`${WAVE}-werkboek.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(all.body as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    for (const sheet of ['Respons', 'Beleving', 'Toelichtingen', 'Ruwe data', 'Codeboek']) expect(names).toContain(sheet);
    expect(names.indexOf('Respons')).toBe(0);
    expect(names.length).toBeGreaterThan(5); // and one sheet per theme
    // One row per organisation, with the state of its questionnaire.
    const raw = wb.getWorksheet('Ruwe data')!;
    expect(raw.getRow(1).getCell(7).value).toBe('Status respons');
    const state = new Map(column(raw, 1).slice(1).map((code, i) => [code, raw.getRow(i + 2).getCell(7).value]));
    for (const org of [...SUBMITTED, 'JZ01']) expect(state.get(org), org).toBe('ingediend');
    expect(state.get(DRAFT)).toBe('bezig');
    expect(state.get('GM0363')).toBe('niet-gestart');
    expect(wb.getWorksheet('Codeboek')!.rowCount).toBeGreaterThan(10);

    // A selection: gemeenten only. The links follow the selection.
    await page.getByLabel('Soort organisatie').selectOption('gemeente');
    await navigates(page, () => page.getByRole('button', { name: 'Selectie toepassen' }).click());
    expect(new URL(page.url()).searchParams.get('soort')).toBe('gemeente');
    const gemeenten = await downloadFrom(page, 'Werkboek voor analisten (Excel, .xlsx)');
    expect(gemeenten.download.suggestedFilename()).toMatch(new RegExp(`^${WAVE}-werkboek-.*gemeente.*\\.xlsx$`));
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(gemeenten.body as unknown as ArrayBuffer);
    for (const sheet of ['Respons', 'Beleving', 'Toelichtingen', 'Ruwe data', 'Codeboek']) expect(wb2.getWorksheet(sheet), sheet).toBeDefined();
    const raw2 = wb2.getWorksheet('Ruwe data')!;
    expect(column(raw2, 1).slice(1)).toEqual(expect.arrayContaining(SUBMITTED));
    expect(new Set(column(raw2, 3).slice(1))).toEqual(new Set(['gemeente']));

    // The raw data as CSV for Dutch Excel.
    const csv = await downloadFrom(page, 'met puntkomma’s (Nederlandse Excel)');
    expect(csv.download.suggestedFilename()).toMatch(/ruwe-data.*\.csv$/);
    expect(csv.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.body.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]!.startsWith('Organisatiecode;Naam;')).toBe(true);
    expect(lines.length).toBe(raw2.rowCount);
    expect(lines.find((l) => l.startsWith('GM0014;'))).toContain(';ingediend;');

    expect(problems).toEqual([]);
    await context.close();
  });
});
