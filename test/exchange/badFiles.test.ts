import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnLetter } from '../../server/services/spreadsheet/problems.ts';
import { historyEntries } from '../support/inspect.ts';
import { $, createTestContext, type Session, type TestContext } from '../support/context.ts';
import { download, fill, readXlsx, WAVE, writeXlsx } from './support.ts';
import { afterUpload } from '../support/uploads.ts';

let ctx: TestContext;
let respondent: Session;
let coordinator: Session;
let offline: Buffer;
let rawCsv: string;
const base = `/vragenlijst/${WAVE}/GM0363`;

beforeAll(async () => {
  ctx = await createTestContext();
  await fill(ctx.services, 'GM0363', { 'gemeente.reikwijdte.01': 'ja' });
  respondent = await ctx.loginAs('ams@example.nl', 'respondent', 'GM0363');
  coordinator = await ctx.loginAs('coord@example.nl', 'coordinator');
  offline = (await download(respondent.agent, `${base}/excel`)).body;
  rawCsv = (await download(coordinator.agent, `/analyse/${WAVE}/ruwe-data.csv?soort=gemeente`)).body.toString('utf8');
});
afterAll(() => ctx.close());

const historyCount = async () => (await historyEntries(ctx)).length;

/** The report a person sees: the summary and every row of the problem table. */
function report(html: string) {
  const page = $(html);
  return {
    summary: page('.error-summary').text().replace(/\s+/g, ' '),
    rows: page('#problemen tbody tr').map((_i, el) => page(el).find('td').map((_j, td) => page(td).text().trim()).get().join(' | ')).get(),
    field: page('#bestand-fout').text(),
  };
}

async function uploadOffline(buf: Buffer, name = 'vragenlijst.xlsx') {
  const before = await historyCount();
  const posted = await respondent.agent.post(`${base}/excel/uploaden`).field('_csrf', respondent.csrf).attach('bestand', buf, name);
  const res = await afterUpload(respondent.agent, posted);
  expect(await historyCount()).toBe(before); // nothing stored
  return res;
}

async function edited(change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = await readXlsx(offline);
  change(wb);
  return writeXlsx(wb);
}

describe('bad offline workbooks: a report per sheet, row and cell, and nothing stored', () => {
  it('refuses a file that is not a workbook', async () => {
    const text = await uploadOffline(Buffer.from('Dit is geen werkboek'), 'notities.txt');
    expect(text.status).toBe(422);
    expect(report(text.text).summary).toContain('geen Excel-werkboek (.xlsx)');
    const xls = await uploadOffline(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 'oud.xls');
    expect(report(xls.text).summary).toContain('oud Excel-bestand (.xls)');
    const broken = await uploadOffline(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 7)]));
    expect(report(broken.text).summary).toContain('beschadigd');
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Blad1').getCell('A1').value = 'hallo';
    const other = await uploadOffline(await writeXlsx(plain));
    expect(report(other.text).summary).toContain('geen offline vragenlijst');
  });

  it('refuses a workbook of another wave or another organisation', async () => {
    const wave = await uploadOffline(await edited((wb) => { wb.getWorksheet('Gegevens')!.getCell('B2').value = 'hervormingsagenda-2023'; }));
    expect(wave.status).toBe(422);
    expect(report(wave.text).summary).toContain('andere uitvraag (hervormingsagenda-2023)');
    const org = await uploadOffline(await edited((wb) => { wb.getWorksheet('Gegevens')!.getCell('B3').value = 'GM0599'; }));
    expect(report(org.text).summary).toContain('andere organisatie (GM0599)');
  });

  it('names renamed or missing sheets and renamed columns', async () => {
    const res = await uploadOffline(await edited((wb) => {
      wb.getWorksheet('3.1 Reikwijdte')!.name = 'Reikwijdte';
      wb.removeWorksheet(wb.getWorksheet('4 Beleving van de beweging')!.id);
      wb.getWorksheet('3.3 Stevige lokale teams en toe')!.getCell('D1').value = 'Ons antwoord';
      wb.getWorksheet('3.4 Terugdringen residentiële j')!.getCell('F1').value = null;
    }));
    expect(res.status).toBe(422);
    const r = report(res.text);
    expect(r.summary).toContain('4 problemen');
    expect(r.rows).toContain('– | – | – | Het tabblad ‘3.1 Reikwijdte’ ontbreekt. Is het hernoemd of verwijderd? Gebruik de oorspronkelijke naam.');
    expect(r.rows.some((x) => x.includes('‘4 Beleving van de beweging’ ontbreekt'))).toBe(true);
    expect(r.rows).toContain('3.3 Stevige lokale teams en toe | 1 | D1 | De kolom heet ‘Ons antwoord’, maar moet ‘Antwoord’ heten. Zijn kolommen verplaatst of hernoemd?');
    expect(r.rows).toContain('3.4 Terugdringen residentiële j | 1 | F1 | De kolom ‘Toelichting’ ontbreekt.');
  });

  it('names unknown question ids, answers that are not options and numbers out of range', async () => {
    const res = await uploadOffline(await edited((wb) => {
      const ws = wb.getWorksheet('3.1 Reikwijdte')!;
      ws.getCell('A2').value = 'gemeente.reikwijdte.99';
      const teams = wb.getWorksheet('3.3 Stevige lokale teams en toe')!;
      teams.eachRow((row) => {
        if (row.getCell(1).value === 'gemeente.lokale-teams.01') row.getCell(4).value = 'Misschien';
        if (row.getCell(1).value === 'gemeente.lokale-teams.08') row.getCell(4).value = 150;
        if (row.getCell(1).value === 'gemeente.lokale-teams.02') row.getCell(5).value = 'geen anders-optie hier';
      });
    }));
    expect(res.status).toBe(422);
    const r = report(res.text);
    expect(r.rows).toContain('3.1 Reikwijdte | 2 | A2 | Onbekende vraag ‘gemeente.reikwijdte.99’ op dit tabblad.');
    expect(r.rows.some((x) => /^3\.3 .* \| E\d+ \| Laat deze cel leeg/.test(x))).toBe(true);
    // Checked by the same rules as the web form, located in the workbook.
    const file = await uploadOffline(await edited((wb) => {
      const teams = wb.getWorksheet('3.3 Stevige lokale teams en toe')!;
      teams.eachRow((row) => {
        if (row.getCell(1).value === 'gemeente.lokale-teams.01') row.getCell(4).value = 'Misschien';
        if (row.getCell(1).value === 'gemeente.lokale-teams.08') row.getCell(4).value = 150;
      });
    }));
    const r2 = report(file.text);
    expect(r2.rows.some((x) => /^3\.3 .* \| D\d+ \| Kies een van de gegeven antwoorden\.$/.test(x))).toBe(true);
    expect(r2.rows.some((x) => /^3\.3 .* \| D\d+ \| Vul een getal in van maximaal 100%\.$/.test(x))).toBe(true);
  });

  it('refuses a file over 10 MB', async () => {
    const res = await uploadOffline(Buffer.alloc(10 * 1024 * 1024 + 10, 65), 'groot.xlsx');
    expect(res.status).toBe(413);
    expect(report(res.text).summary).toContain('groter dan 10 MB');
  });

  it('asks for a file when none was chosen', async () => {
    const res = await afterUpload(respondent.agent, await respondent.agent.post(`${base}/excel/uploaden`).field('_csrf', respondent.csrf).field('x', 'y'));
    expect(res.status).toBe(422);
    expect(report(res.text).summary).toContain('Kies een bestand');
  });

  it('refuses an upload without the form token', async () => {
    const res = await respondent.agent.post(`${base}/excel/uploaden`).attach('bestand', offline, 'vragenlijst.xlsx');
    expect(res.status).toBe(403);
  });
});

describe('bad bulk import files', () => {
  async function uploadBulk(buf: Buffer | string, name = 'ruwe-data.csv') {
    const before = await historyCount();
    const res = await afterUpload(coordinator.agent, await coordinator.agent
      .post(`/analyse/${WAVE}/importeren`).field('_csrf', coordinator.csrf)
      .attach('bestand', typeof buf === 'string' ? Buffer.from(buf, 'utf8') : buf, name));
    expect(await historyCount()).toBe(before);
    return { status: res.status, ...report(res.text) };
  }
  const lines = () => rawCsv.split('\r\n');
  const header = () => lines()[0]!.split(';');
  /** The CSV with one cell changed, by organisation and column header. */
  function withCell(code: string, column: string, value: string, csv = rawCsv): string {
    const col = header().indexOf(column);
    return csv.split('\r\n').map((line) => {
      if (!line.startsWith(`${code};`)) return line;
      const cells = line.split(';');
      cells[col] = value;
      return cells.join(';');
    }).join('\r\n');
  }

  it('refuses files that are neither workbook nor CSV', async () => {
    const r = await uploadBulk(Buffer.from([0, 1, 2, 3, 0, 255, 0]), 'data.bin');
    expect(r.status).toBe(422);
    expect(r.summary).toContain('geen Excel-werkboek (.xlsx) of CSV-bestand');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blad1');
    expect((await uploadBulk(await writeXlsx(wb), 'x.xlsx')).summary).toContain('Het tabblad ‘Ruwe data’ ontbreekt');
    expect((await uploadBulk(Buffer.alloc(10 * 1024 * 1024 + 1, 65))).status).toBe(413);
  });

  it('names missing, renamed and unknown columns', async () => {
    const csv = rawCsv.replace('Organisatiecode;Naam;', 'Organisatiecode;Gemeentenaam;').replace(';gemeente.reikwijdte.01;', ';gemeente.reikwijdte.77;');
    const r = await uploadBulk(csv);
    expect(r.status).toBe(422);
    expect(r.rows).toContain('– | 1 | B1 | Onbekende kolom ‘Gemeentenaam’: dit is geen vraag-id van deze vragenlijst.');
    expect(r.rows.some((x) => x.includes('Onbekende kolom ‘gemeente.reikwijdte.77’'))).toBe(true);
    expect(r.rows).toContain('– | 1 | – | De kolom ‘Naam’ ontbreekt. Is zij hernoemd of verwijderd?');
  });

  it('names unknown organisations, codes that are not options and numbers out of range, per cell', async () => {
    let csv = withCell('GM0363', 'gemeente.reikwijdte.01', 'misschien');
    csv = withCell('GM0599', 'gemeente.lokale-teams.08', '150', csv);
    csv = csv.replace(/^GM0014;/m, 'GM9999;');
    const r = await uploadBulk(csv);
    expect(r.status).toBe(422);
    const at = (code: string) => lines().findIndex((l) => l.startsWith(`${code};`)) + 1;
    const column = (id: string) => columnLetter(header().indexOf(id) + 1);
    expect(r.rows).toContain(`– | ${at('GM0014')} | A${at('GM0014')} | Onbekende organisatiecode ‘GM9999’.`);
    expect(r.rows).toContain(`– | ${at('GM0363')} | ${column('gemeente.reikwijdte.01')}${at('GM0363')} | gemeente.reikwijdte.01: Kies een van de gegeven antwoorden.`);
    expect(r.rows).toContain(`– | ${at('GM0599')} | ${column('gemeente.lokale-teams.08')}${at('GM0599')} | gemeente.lokale-teams.08: Vul een getal in van maximaal 100%.`);
  });

  it("refuses answers to another actor kind's questions", async () => {
    const full = (await download(coordinator.agent, `/analyse/${WAVE}/ruwe-data.csv`)).body.toString('utf8');
    const head = full.split('\r\n')[0]!.split(';');
    const col = head.indexOf('rijk.reikwijdte.01');
    const csv = full.split('\r\n').map((l) => {
      if (!l.startsWith('GM0363;')) return l;
      const cells = l.split(';');
      cells[col] = 'afgerond';
      return cells.join(';');
    }).join('\r\n');
    const r = await uploadBulk(csv);
    expect(r.rows.some((x) => x.includes('hoort niet bij de vragenlijst van een gemeente'))).toBe(true);
  });
});
