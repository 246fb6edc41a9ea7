import { once } from 'node:events';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEvents } from '../../server/services/upload/parsePool.ts';
import { $, createTestContext, type Session, type TestContext } from '../support/context.ts';
import { pendingUploads } from '../support/inspect.ts';
import { download, WAVE, writeXlsx } from '../exchange/support.ts';
import { farCellSheet, highRatioZip, numberSheet, separatorCsv, tinyCellSheet, withSheet } from './hostileFiles.ts';
import { afterUpload } from '../support/uploads.ts';

/*
 * Hostile uploads for each of the three upload kinds: refused with a Dutch message and a 4xx
 * status, the server keeps answering other people while the file is parsed (off the event loop),
 * and it is still alive afterwards. No timings: the order in which responses arrive is checked.
 */

const TOO_BIG = 'Het bestand is te groot of bevat te veel cellen.';
let ctx: TestContext;
let respondent: Session;
let coordinator: Session;
let offline: Buffer;

beforeAll(async () => {
  ctx = await createTestContext();
  respondent = await ctx.loginAs('ams@example.nl', 'respondent', 'GM0363');
  coordinator = await ctx.loginAs('coord@example.nl', 'coordinator');
  offline = (await download(respondent.agent, `/vragenlijst/${WAVE}/GM0363/excel`)).body;
});
afterAll(() => ctx.close());

const kinds = {
  offline: { who: () => respondent, url: `/vragenlijst/${WAVE}/GM0363/excel/uploaden` },
  organisations: { who: () => coordinator, url: '/beheer/organisaties/importeren' },
  bulk: { who: () => coordinator, url: `/analyse/${WAVE}/importeren` },
} as const;
type Kind = keyof typeof kinds;

const post = async (kind: Kind, buf: Buffer, name: string) => {
  const me = kinds[kind].who();
  return afterUpload(me.agent, await me.agent.post(`${kinds[kind].url}`).field('_csrf', me.csrf).attach('bestand', buf, name));
};

const messageOf = (html: string) => $(html)('.error-summary').text().replace(/\s+/g, ' ');

/**
 * Starts the upload, waits until a parse worker has taken it, then lets another client ask for
 * /healthz: its answer must arrive while the upload is still being worked on.
 */
async function uploadWhileOthersAreServed(kind: Kind, buf: Buffer, name: string) {
  const started = once(parseEvents, 'start');
  let uploadAnswered = false;
  const upload = post(kind, buf, name).then((res) => { uploadAnswered = true; return res; });
  await started;
  const other = await request(ctx.app).get('/healthz');
  expect(other.status).toBe(200);
  expect(uploadAnswered, 'the other client was answered first').toBe(false);
  return upload;
}

async function plainWorkbook(sheet: string, header: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(sheet).addRow(header);
  return writeXlsx(wb);
}

describe('hostile uploads are refused in bounded time and memory, and the server lives', () => {
  it('refuses the tiny-cell bomb (10 million empty cells) of every kind from the zip directory', async () => {
    const bomb = await withSheet(offline, 'xl/worksheets/sheet2.xml', tinyCellSheet(1000, 10_000));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    for (const kind of Object.keys(kinds) as Kind[]) {
      const res = await post(kind, bomb, 'bom.xlsx');
      expect(res.status, kind).toBe(413);
      expect(messageOf(res.text), kind).toContain(TOO_BIG);
    }
  });

  it('refuses a zip with a part of very high compression ratio, for every kind', async () => {
    const zip = await highRatioZip(offline);
    for (const kind of Object.keys(kinds) as Kind[]) {
      const res = await post(kind, zip, 'ratio.xlsx');
      expect(res.status, kind).toBe(413);
      expect(messageOf(res.text), kind).toContain(TOO_BIG);
    }
  });

  it('offline workbook: stops at the cell budget while others are served', async () => {
    const many = await withSheet(offline, 'xl/worksheets/sheet2.xml', numberSheet(600, 200)); // 120,000 cells
    const res = await uploadWhileOthersAreServed('offline', many, 'veel.xlsx');
    expect(res.status).toBe(413);
    expect(messageOf(res.text)).toContain(TOO_BIG);
  });

  it('organisation import: a cell at ZZ20000 is one cell, reported, while others are served', async () => {
    const base = await plainWorkbook('Organisaties', ['code', 'naam', 'soort']);
    const far = await withSheet(base, 'xl/worksheets/sheet1.xml', farCellSheet(['code', 'naam', 'soort'], 'ZZ20000', 'x'));
    const res = await uploadWhileOthersAreServed('organisations', far, 'ver.xlsx');
    expect(res.status).toBe(422);
    expect(messageOf(res.text)).toContain('Rij 20000');
  });

  it('organisation import: a CSV of nothing but separators stops at the cell budget', async () => {
    const res = await uploadWhileOthersAreServed('organisations', separatorCsv(5 * 1024 * 1024), 'puntkomma.csv');
    expect(res.status).toBe(413);
    expect(messageOf(res.text)).toContain(TOO_BIG);
  });

  it('bulk import: a header cell at XFD1 is one unknown column, while others are served', async () => {
    const header = ['code', 'naam'];
    const base = await plainWorkbook('Ruwe data', header);
    const far = await withSheet(base, 'xl/worksheets/sheet1.xml', farCellSheet(header, 'XFD1', 'kolom.ver.weg'));
    const res = await uploadWhileOthersAreServed('bulk', far, 'ver.xlsx');
    expect(res.status).toBe(422);
    expect($(res.text)('main').text()).toMatch(/XFD1/);
    expect($(res.text)('main').text()).toContain('Onbekende kolom ‘kolom.ver.weg’');
  });

  it('bulk import: a CSV of nothing but separators stops at the cell budget', async () => {
    const res = await uploadWhileOthersAreServed('bulk', separatorCsv(5 * 1024 * 1024), 'puntkomma.csv');
    expect(res.status).toBe(413);
    expect(messageOf(res.text)).toContain(TOO_BIG);
  });

  it('is still alive and stores nothing pending afterwards', async () => {
    expect((await request(ctx.app).get('/healthz')).status).toBe(200);
    expect(await pendingUploads(ctx)).toEqual([]);
  });
});
