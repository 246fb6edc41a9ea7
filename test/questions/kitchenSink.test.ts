/**
 * The `datum` type through every channel, on a test survey with one question of every type
 * (test/fixtures/kitchen-sink), loaded beside surveys/ by the same loader.
 */
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionTypes } from '../../server/questions/index.ts';
import { applyImport } from '../../server/services/rawData/importApply.ts';
import { planImport } from '../../server/services/rawData/importPlan.ts';
import { readImportFile } from '../../server/services/rawData/reader.ts';
import { loadResponseView, saveAnswers, submitResponse } from '../../server/services/responses.ts';
import { generateWave } from '../../server/services/syntheticWave.ts';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { download, readXlsx, writeXlsx } from '../exchange/support.ts';
import { fullAnswers } from '../security/fixtures.ts';

const SINK = 'keukentafel-test';
const DATE = 'proefgemeente.alles.10';
const ORG = 'KS01';
const base = `/vragenlijst/${SINK}/${ORG}`;
const extraSurveyDirs = [path.join(import.meta.dirname, '../fixtures/kitchen-sink')];

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext(undefined, {}, { extraSurveyDirs });
  await ctx.addUser('ks@example.nl', 'respondent', ORG);
  await ctx.addUser('analist@example.nl', 'analyst');
  await ctx.addUser('coord@example.nl', 'coordinator');
});
afterAll(() => ctx.close());

const answersOf = async (org: string) => (await loadResponseView(ctx.services, SINK, org)).answers;

async function fill(org: string, input: Record<string, unknown>) {
  const r = await saveAnswers(ctx.services, { waveId: SINK, orgCode: org, userId: null, baseVersion: null, input, mode: 'json', channel: 'web' });
  expect(r.kind).toBe('saved');
}

describe('the kitchen-sink survey', () => {
  it('has one question of every type and runs beside the 2024 survey', () => {
    const survey = ctx.services.surveys.get(SINK)!;
    expect(survey.questions.map((q) => q.type).sort()).toEqual([...questionTypes].sort());
    expect(ctx.services.surveys.has('hervormingsagenda-2024')).toBe(true);
  });
});

describe('datum', () => {
  it('is a date field on the theme page, and saves dd-mm-jjjj typed by hand', async () => {
    const me = await ctx.login('ks@example.nl');
    const page = $((await me.agent.get(`${base}/thema/alles`)).text);
    const input = page(`#${DATE.replaceAll('.', '-')}`);
    expect(input.attr('type')).toBe('date');
    expect(input.attr('name')).toBe(DATE);
    expect(input.attr('aria-describedby')).toContain(`${DATE.replaceAll('.', '-')}-formaat`);
    const version = page('input[name="version"]').val();
    const bad = await me.agent.post(`${base}/thema/alles`).type('form').send({ _csrf: me.csrf, version, actie: 'opslaan', [DATE]: '31-02-2024' });
    expect(bad.status).toBe(422);
    expect($(bad.text)(`#${DATE.replaceAll('.', '-')}-fout`).text()).toContain('Vul een datum in, bijvoorbeeld 15-03-2024.');
    const ok = await me.agent.post(`${base}/thema/alles`).type('form').send({ _csrf: me.csrf, version, actie: 'opslaan', [DATE]: '15-03-2024' });
    expect(ok.status).toBe(303);
    expect((await answersOf(ORG))[DATE]).toBe('2024-03-15');
    const again = $((await me.agent.get(`${base}/thema/alles`)).text);
    expect(again(`#${DATE.replaceAll('.', '-')}`).val()).toBe('2024-03-15'); // what a date input shows
  });

  it('is read and written through the API', async () => {
    const me = await ctx.login('ks@example.nl');
    const definition = await me.agent.get(`/api/waves/${SINK}/definition`);
    expect(definition.body.questions.find((q: { id: string }) => q.id === DATE)).toMatchObject({
      type: 'datum', options: null, limits: { min: '2000-01-01', max: '2024-12-31' },
    });
    const url = `/api/waves/${SINK}/responses/${ORG}`;
    const current = await me.agent.get(url);
    expect(current.body.answers[DATE]).toBe('2024-03-15');
    const put = await me.agent.put(url).set('X-CSRF-Token', me.csrf).send({ version: current.body.version, answers: { [DATE]: '2019-09-01' } });
    expect(put.status).toBe(200);
    const bad = await me.agent.put(url).set('X-CSRF-Token', me.csrf).send({ version: put.body.version, answers: { [DATE]: '1999-12-31' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[DATE]).toBe('Vul een datum in vanaf 1 januari 2000.');
    expect((await answersOf(ORG))[DATE]).toBe('2019-09-01');
  });

  it('is a date cell with a date validation in the offline workbook, and a real Excel date cell reads back', async () => {
    const me = await ctx.login('ks@example.nl');
    const { res, body } = await download(me.agent, `${base}/excel`);
    expect(res.status).toBe(200);
    const wb = await readXlsx(body);
    const ws = wb.getWorksheet('1 Alle vraagtypen')!;
    let row: ExcelJS.Row | undefined;
    ws.eachRow((r) => { if (r.getCell(1).value === DATE) row = r; });
    const cell = row!.getCell(4);
    expect(cell.value).toEqual(new Date(Date.UTC(2019, 8, 1)));
    expect(cell.numFmt).toBe('dd-mm-yyyy');
    expect(cell.dataValidation).toMatchObject({ type: 'date', operator: 'between' });
    expect(String(row!.getCell(8).value)).toContain('bijvoorbeeld 15-03-2024');
    cell.value = new Date(Date.UTC(2021, 0, 4)); // as Excel stores a typed 4-1-2021: a date serial
    const up = await me.agent.post(`${base}/excel/uploaden`).field('_csrf', me.csrf).attach('bestand', await writeXlsx(wb), 'v.xlsx');
    expect(up.status, $(up.text)('main').text().replace(/\s+/g, ' ')).toBe(303);
    const preview = await me.agent.get(up.headers.location!);
    const p = $(preview.text);
    expect(p('.change-table').text().replace(/\s+/g, ' ')).toContain('1 september 2019 4 januari 2021');
    const token = up.headers.location!.split('/').pop();
    const done = await me.agent.post(`${base}/excel/controleren/${token}`).type('form').send({ _csrf: me.csrf, versie: p('input[name="versie"]').val(), actie: 'opslaan' });
    expect(done.status).toBe(303);
    expect((await answersOf(ORG))[DATE]).toBe('2021-01-04');
  });

  it('is its ISO code in the raw data CSV, described in the codebook', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const rows = parse((await download(agent, `/analyse/${SINK}/ruwe-data.csv`)).body.toString('utf8'), { bom: true, delimiter: ';' }) as string[][];
    const header = rows[0]!;
    expect(rows.find((r) => r[0] === ORG)![header.indexOf(DATE)]).toBe('2021-01-04');
    const book = parse((await download(agent, `/analyse/${SINK}/codeboek.csv`)).body.toString('utf8'), { bom: true, delimiter: ';' }) as string[][];
    const line = book.find((r) => r[0] === DATE)!;
    expect(line).toContain('datum');
    expect(line).toContain('datum als JJJJ-MM-DD, 2000-01-01 tot en met 2024-12-31');
  });

  it('imports from CSV as Dutch Excel saves it (15-3-2024) and from a workbook with date cells', async () => {
    const csv = `\uFEFFOrganisatiecode;Naam;Soort organisatie;Provincie;Jeugdregio;Inwoners;Status respons;Ingediend op;${DATE}\r\nKS02;;;;;;;;15-3-2024\r\nKS03;;;;;;;;2018-07-01\r\n`;
    const survey = ctx.services.surveys.get(SINK)!;
    const file = await readImportFile(survey, Buffer.from(csv, 'utf8'));
    expect(file.problems).toEqual([]);
    const plan = await planImport(ctx.services, SINK, { sheet: file.sheet, rows: file.rows }, false);
    expect(plan.problems).toEqual([]);
    await applyImport(ctx.services, plan, null);
    expect((await answersOf('KS02'))[DATE]).toBe('2024-03-15');
    expect((await answersOf('KS03'))[DATE]).toBe('2018-07-01');

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ruwe data');
    ws.addRow(['Organisatiecode', 'Naam', 'Soort organisatie', 'Provincie', 'Jeugdregio', 'Inwoners', 'Status respons', 'Ingediend op', DATE]);
    const r = ws.addRow(['KS04', null, null, null, null, null, null, null, new Date(Date.UTC(2016, 4, 9))]);
    r.getCell(9).numFmt = 'd-m-yyyy';
    ws.addRow(['KS05', null, null, null, null, null, null, null, 'gisteren']);
    const xfile = await readImportFile(survey, await writeXlsx(wb));
    expect(xfile.problems).toEqual([]);
    const xplan = await planImport(ctx.services, SINK, { sheet: xfile.sheet, rows: xfile.rows }, false);
    expect(xplan.problems.map((p) => p.message)).toEqual([expect.stringContaining('Vul een datum in, bijvoorbeeld 15-03-2024.')]);
    const good = await planImport(ctx.services, SINK, { sheet: xfile.sheet, rows: xfile.rows.filter((x) => x.code === 'KS04') }, false);
    await applyImport(ctx.services, good, null);
    expect((await answersOf('KS04'))[DATE]).toBe('2016-05-09');
  });

  it('shows in the monitor as answers per year, and demo data fills it in', async () => {
    await fill('KS05', { [DATE]: '2016-11-30' });
    // Only submitted responses count: complete each one (keeping its date) and submit it.
    const survey = ctx.services.surveys.get(SINK)!;
    for (const org of ['KS01', 'KS02', 'KS03', 'KS04', 'KS05']) {
      await fill(org, { ...fullAnswers(survey, 'proefgemeente', 'Tekst'), [DATE]: (await answersOf(org))[DATE] });
      await submitResponse(ctx.services, SINK, org, null);
    }
    const { agent } = await ctx.login('analist@example.nl');
    const tables = await agent.get(`/api/waves/${SINK}/tables`);
    expect(tables.status).toBe(200);
    const stat = tables.body.themes.flatMap((t: { informative: { questionId: string }[] }) => t.informative).find((s: { questionId: string }) => s.questionId === DATE);
    expect(stat).toMatchObject({ n: 5, multiple: false });
    expect(stat.options.map((o: { label: string; count: number }) => [o.label, o.count])).toEqual([['2016', 2], ['2018', 1], ['2021', 1], ['2024', 1]]);
    const page = $((await agent.get(`/monitor/${SINK}/thema/alles`)).text);
    expect(page(`#info-${DATE.replaceAll('.', '-')}`).closest('section').find('th[scope="row"]').map((_i, el) => page(el).text()).get()).toEqual(['2016', '2018', '2021', '2024']);

    const made = await generateWave(ctx.database, ctx.services.surveys.get(SINK)!, SINK, { scale: 1, skip: new Set(['KS01', 'KS02', 'KS03', 'KS04', 'KS05']) });
    expect(made.organisations).toBe(1);
    const demo = await answersOf('KS06');
    expect(demo[DATE]).toMatch(/^20(1\d|2[0-4])-\d{2}-\d{2}$/);
  });
});
