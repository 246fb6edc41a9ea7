import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { saveAnswers } from '../../server/services/responses.ts';
import type { Env, PageCase } from './pages.ts';
import { navigates } from './support/browser.ts';
import { WAVE } from '../support/wave.ts';

const q = (org: string) => `/vragenlijst/${WAVE}/${org}`;
const go = (path: string) => async (page: Page) => {
  await page.goto(path);
};
const analyst = { role: 'analyst' as const };
const coordinator = { role: 'coordinator' as const };
const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function fetchBody(page: Page, path: string): Promise<Buffer> {
  const res = await page.request.get(path);
  if (!res.ok()) throw new Error(`${path}: ${res.status()}`);
  return res.body();
}

async function upload(page: Page, label: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByLabel(label).setInputFiles(file);
  await navigates(page, () => page.getByRole('button', { name: 'Uploaden en controleren' }).click());
}

/**
 * The respondent's own workbook (downloaded as they would), with one answer and its explanation
 * changed; `meanwhile` runs after the download, e.g. a colleague answering online.
 */
async function uploadEditedWorkbook(page: Page, org: string, meanwhile?: () => Promise<void>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await fetchBody(page, `${q(org)}/excel`)) as unknown as ArrayBuffer);
  await meanwhile?.();
  const ws = wb.getWorksheet('3.1 Reikwijdte')!;
  ws.eachRow((row) => {
    if (row.getCell(1).value !== 'gemeente.reikwijdte.01' || row.getCell(2).value) return;
    row.getCell(4).value = 'Ja';
    row.getCell(6).value = 'Toelichting uit het werkboek';
  });
  await page.goto(`${q(org)}/excel/uploaden`);
  await upload(page, 'Werkboek (.xlsx, maximaal 10 MB)', { name: 'vragenlijst.xlsx', mimeType: XLSX, buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
  if (!page.url().includes('/excel/controleren/')) throw new Error(`workbook not accepted: ${(await page.textContent('main'))?.replace(/\s+/g, ' ')}`);
}

const colleagueAnswers = (env: Env, org: string) => async () => {
  const r = await saveAnswers(env.app.ctx.services, {
    waveId: WAVE, orgCode: org, userId: null, baseVersion: null, mode: 'json', channel: 'web', input: { 'gemeente.reikwijdte.01': 'nee' },
  });
  if (r.kind !== 'saved') throw new Error(`colleague: ${r.kind}`);
};

/**
 * A bulk import file in the 'Ruwe data' format: the export's descriptive columns and one question,
 * for one gemeente that has not submitted, with that answer changed.
 */
async function bulkFile(page: Page): Promise<Buffer> {
  const rows = parse((await fetchBody(page, `/analyse/${WAVE}/ruwe-data.csv?soort=gemeente`)).toString('utf8'), { delimiter: ';', bom: true }) as string[][];
  const header = rows[0]!;
  const col = header.indexOf('gemeente.reikwijdte.01');
  const state = header.indexOf('Status respons');
  const row = rows.slice(1).find((r) => r[state] !== 'ingediend')!;
  const keep = (r: string[]) => [...r.slice(0, 8), r[col]!];
  const changed = keep(row);
  changed[8] = changed[8] === 'ja' ? 'nee' : 'ja';
  return Buffer.from(stringify([keep(header), changed], { delimiter: ';', bom: true, record_delimiter: 'windows' }), 'utf8');
}

/** The Excel and CSV exchange: analyst export, bulk import, the respondent's offline workbook. */
export const EXCHANGE_PAGES: PageCase[] = [
  { name: 'export: werkboek en CSV (analist)', as: analyst, visit: go(`/analyse/${WAVE}`) },
  { name: 'export: met selectie (coördinator, met import)', as: coordinator, visit: go(`/analyse/${WAVE}?soort=gemeente&provincie=PV27&concepten=1`) },
  { name: 'export: ongeldige selectie (422)', as: analyst, visit: go(`/analyse/${WAVE}?soort=waterschap&regio=JZ99`) },
  { name: 'bulkimport: formulier', as: coordinator, visit: go(`/analyse/${WAVE}/importeren`) },
  {
    name: 'bulkimport: foutenrapport (422)', as: coordinator,
    async visit(page) {
      await page.goto(`/analyse/${WAVE}/importeren`);
      const csv = 'Organisatiecode;Naam;Soort organisatie;Provincie;Jeugdregio;Inwoners;Status respons;Ingediend op;gemeente.reikwijdte.01\r\nGM9999;Nergens;gemeente;;;;;;misschien\r\n';
      await upload(page, 'Bestand (.xlsx of .csv, maximaal 10 MB)', { name: 'ruwe-data.csv', mimeType: CSV, buffer: Buffer.from(csv) });
      if ((await page.locator('#problemen tbody tr').count()) === 0) throw new Error('no problem report');
    },
  },
  {
    name: 'bulkimport: geen CSV of werkboek (422)', as: coordinator,
    async visit(page) {
      await page.goto(`/analyse/${WAVE}/importeren`);
      await upload(page, 'Bestand (.xlsx of .csv, maximaal 10 MB)', { name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
    },
  },
  {
    name: 'bulkimport: controleren', as: coordinator,
    async visit(page) {
      const file = await bulkFile(page);
      await page.goto(`/analyse/${WAVE}/importeren`);
      await upload(page, 'Bestand (.xlsx of .csv, maximaal 10 MB)', { name: 'ruwe-data.csv', mimeType: CSV, buffer: file });
      if (!(await page.getByRole('heading', { level: 1 }).textContent())?.includes('Import controleren')) throw new Error(`no preview: ${(await page.textContent('main'))?.replace(/\s+/g, ' ')}`);
    },
  },
  {
    // Earlier answers with blanks, to be marked submitted: the preview names the open questions per organisation
    // (GM0394: an organisation the synthetic wave leaves alone, as the offline cases below log in for it; nothing is stored).
    name: 'bulkimport: controleren, ingediend met onbeantwoorde vragen', as: coordinator,
    async visit(page) {
      await page.goto(`/analyse/${WAVE}/importeren`);
      const csv = 'Organisatiecode;Naam;Soort organisatie;Provincie;Jeugdregio;Inwoners;Status respons;Ingediend op;gemeente.reikwijdte.01\r\nGM0394;Haarlemmermeer;gemeente;;;;ingediend;2024-05-02 10:15;ja\r\n';
      await page.getByLabel('De geïmporteerde vragenlijsten als ingediend markeren').check();
      await upload(page, 'Bestand (.xlsx of .csv, maximaal 10 MB)', { name: 'ruwe-data.csv', mimeType: CSV, buffer: Buffer.from(csv) });
      if ((await page.locator('ul.import-blanks li').count()) === 0) throw new Error(`no blanks listed: ${(await page.textContent('main'))?.replace(/\s+/g, ' ')}`);
    },
  },
  { name: 'offline: werkboek uploaden', as: { role: 'respondent', org: 'GM0394' }, visit: go(`${q('GM0394')}/excel/uploaden`) },
  {
    name: 'offline: geen werkboek (422)', as: { role: 'respondent', org: 'GM0394' },
    async visit(page) {
      await page.goto(`${q('GM0394')}/excel/uploaden`);
      await upload(page, 'Werkboek (.xlsx, maximaal 10 MB)', { name: 'notities.txt', mimeType: 'text/plain', buffer: Buffer.from('Geen werkboek') });
    },
  },
  {
    name: 'offline: wijzigingen controleren', as: { role: 'respondent', org: 'GM0394' },
    visit: (page) => uploadEditedWorkbook(page, 'GM0394'),
  },
  {
    name: 'offline: conflict met een collega', as: { role: 'respondent', org: 'GM0375' },
    visit: (page, env) => uploadEditedWorkbook(page, 'GM0375', colleagueAnswers(env, 'GM0375')),
  },
  {
    name: 'offline: conflict zonder keuze opgeslagen (422)', as: { role: 'respondent', org: 'GM0396' },
    async visit(page, env) {
      await uploadEditedWorkbook(page, 'GM0396', colleagueAnswers(env, 'GM0396'));
      await navigates(page, () => page.getByRole('button', { name: 'Wijzigingen opslaan' }).click());
      if ((await page.locator('.error-summary').count()) === 0) throw new Error('no error summary');
    },
  },
];
