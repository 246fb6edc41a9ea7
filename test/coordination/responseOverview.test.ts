import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildResponseOverview, reportActors } from '../../server/services/responseOverview.ts';
import { questionsFor } from '../../server/survey/model.ts';
import { setOrganisation } from '../support/arrange.ts';
import { $, type Session } from '../support/context.ts';
import { createCoordinationContext, type CoordinationContext } from './support.ts';
import { SURVEY, SURVEY_2018, seedResponse, WAVE } from '../support/wave.ts';

let ctx: CoordinationContext;
let coord: Session;

/** Puts an organisation's response in a state: a response row without answers, answered, or submitted at a time. */
async function put(org: string, kind: string, state: 'leeg' | 'bezig' | 'ingediend', at = '2024-04-20T10:00:00Z') {
  const q = questionsFor(ctx.services.surveys.get(WAVE)!, kind)[0]!;
  const answers = state === 'leeg' ? {} : { [`${q.id}.toelichting`]: 'tekst' };
  await seedResponse(ctx.services, org, answers, { submitted: state === 'ingediend', at, channel: 'web' });
}

beforeAll(async () => {
  ctx = await createCoordinationContext();
  coord = await ctx.loginAs('coord@example.nl', 'coordinator');
  // National parties: every state once.
  await put('RIJK', 'rijk', 'ingediend', '2024-04-08T09:00:00Z');
  await put('VNG', 'vng', 'bezig');
  await put('SBJ', 'sbj', 'leeg'); // a response row with nothing saved: not started
  await put('KBL', 'kbl', 'ingediend', '2024-04-10T09:00:00Z');
  // BGZJ: no response at all.
  // Gemeenten in Groningen (PV20, JZ01): 3 submitted on two days, 2 in progress; one gemeente elsewhere submitted.
  await put('GM0014', 'gemeente', 'ingediend', '2024-04-10T12:00:00Z');
  await put('GM0037', 'gemeente', 'ingediend', '2024-04-10T13:00:00Z');
  await put('GM0047', 'gemeente', 'ingediend', '2024-05-02T08:00:00Z');
  await put('GM0765', 'gemeente', 'bezig');
  await put('GM1895', 'gemeente', 'bezig');
  await put('GM0363', 'gemeente', 'ingediend', '2024-05-02T09:00:00Z');
  await put('JZ01', 'regio', 'ingediend', '2024-05-03T09:00:00Z');
  // A deactivated gemeente does not count, whatever its state.
  await setOrganisation(ctx.services, 'GM1950', { active: 0 });
});
afterAll(() => ctx.close());

describe('reportActors', () => {
  // Table 1.3's 'Aantal vragen' is what the platform asks each kind, counted from the definition
  // (the report printed 33/23/20/28/9/6/9; the 2024 definition asks 32/23/20/29/7/5/6).
  it('counts the questions the definition asks each actor kind, not the figure the report printed', () => {
    expect(reportActors(SURVEY).map((a) => [a.id, a.questionCount])).toEqual([
      ['rijk', 32], ['vng', 23], ['regio', 20], ['gemeente', 29], ['bgzj', 7], ['sbj', 5], ['kbl', 6],
    ]);
    for (const a of reportActors(SURVEY)) {
      expect(a.questionCount).toBe(SURVEY.questions.filter((q) => q.actorKinds.includes(a.id)).length);
    }
  });

  it('counts a survey whose definition prints no report figure (a new survey shows no 0)', () => {
    const fresh = { ...SURVEY_2018, actors: SURVEY_2018.actors.map(({ reportedQuestionCount: _r, ...a }) => a) };
    for (const a of reportActors(fresh)) expect(a.questionCount).toBeGreaterThan(0);
  });
});

describe('buildResponseOverview', () => {
  it('gives table 1.3 per actor kind, in the order and with the names of the report', async () => {
    const o = await buildResponseOverview(ctx.services, WAVE);
    const row = (k: string) => o.rows.find((r) => r.actorKind === k)!;
    expect(o.rows.map((r) => r.label)).toEqual(['Rijk', 'VNG', "Jeugdhulpregio's", 'Gemeenten', 'BGZJ (aanbieders)', 'SBJ (professionals)', 'KBL']);
    expect(row('rijk')).toEqual({ actorKind: 'rijk', label: 'Rijk', organisations: 1, submitted: 1, inProgress: 0, notStarted: 0, responsePercentage: 100, questionCount: 32 });
    expect(row('vng')).toMatchObject({ submitted: 0, inProgress: 1, notStarted: 0, responsePercentage: 0, questionCount: 23 });
    expect(row('bgzj')).toMatchObject({ organisations: 1, notStarted: 1, questionCount: 7 });
    expect(row('sbj')).toMatchObject({ organisations: 1, notStarted: 1, inProgress: 0, questionCount: 5 });
    expect(row('regio')).toMatchObject({ organisations: 42, submitted: 1, inProgress: 0, notStarted: 41, responsePercentage: 2.4, questionCount: 20 });
    expect(row('gemeente')).toMatchObject({ organisations: 341, submitted: 4, inProgress: 2, notStarted: 335, responsePercentage: 1.2, questionCount: 29 });
    expect(o.total).toMatchObject({ label: 'Totaal', organisations: 388, submitted: 7, inProgress: 3, notStarted: 378, questionCount: null });
  });

  it('narrows to a province: the gemeenten and region there', async () => {
    const o = await buildResponseOverview(ctx.services, WAVE, { province: 'PV20' });
    expect(o.total).toMatchObject({ organisations: 10, submitted: 4, inProgress: 2, notStarted: 4 }); // 9 active gemeenten + JZ01
    expect(o.byProvince).toEqual([{ code: 'PV20', label: 'Groningen', organisations: 10, submitted: 4, inProgress: 2, notStarted: 4, responsePercentage: 40 }]);
    expect(o.rows.find((r) => r.actorKind === 'rijk')!).toMatchObject({ organisations: 0, responsePercentage: null });
  });

  it("shows '–', not '0%', for a party without organisations in the drill-down, on the page and in the CSV", async () => {
    const page = $((await coord.agent.get('/beheer/respons?provincie=PV20')).text);
    const table = page('table.coord-response-table');
    const cells = (label: string) => table.find('tbody tr').filter((_i, el) => page(el).find('th').text() === label).find('td').map((_i, el) => page(el).text()).get();
    expect(cells('Rijk')).toEqual(['0', '0', '0', '0', '–', '32']);
    expect(cells('Gemeenten')[4]).toBe('33,3%'); // 3 of 9 active gemeenten in Groningen
    const csv = (await coord.agent.get('/beheer/respons/download.csv?provincie=PV20').buffer(true)).text.slice(1).trim().split('\r\n');
    expect(csv).toContain('Rijk;0;0;0;0;–;32');
  });

  it("says 'geen organisaties in deze selectie' for an empty filter combination", async () => {
    const page = $((await coord.agent.get('/beheer/respons?provincie=PV20&regio=JZ13')).text);
    expect(page('main').text()).toContain('Geen organisaties in deze selectie.');
    expect(page('table.coord-response-table tr.coord-total-row td').map((_i, el) => page(el).text()).get()).toEqual(['0', '0', '0', '0', '–', '']);
    expect($((await coord.agent.get('/beheer/respons')).text)('main').text()).not.toContain('Geen organisaties in deze selectie');
  });

  it('narrows to an actor kind and a region, listing who has not submitted', async () => {
    const o = await buildResponseOverview(ctx.services, WAVE, { actorKind: 'gemeente', region: 'JZ01' });
    expect(o.rows.map((r) => r.actorKind)).toEqual(['gemeente']);
    expect(o.rows[0]).toMatchObject({ organisations: 9, submitted: 3, inProgress: 2, notStarted: 4 });
    expect(o.byRegion).toEqual([{ code: 'JZ01', label: 'Groningen', organisations: 9, submitted: 3, inProgress: 2, notStarted: 4, responsePercentage: 33.3 }]);
    expect(o.notSubmitted.map((x) => x.code).sort()).toEqual(['GM0765', 'GM1895', 'GM1952', 'GM1966', 'GM1969', 'GM1979']);
  });

  it('counts submissions per day over the fieldwork so far', async () => {
    const o = await buildResponseOverview(ctx.services, WAVE);
    const day = (d: string) => o.daily.find((x) => x.date === d)!;
    expect(o.daily[0]).toEqual({ date: '2024-04-08', submitted: 1, cumulative: 1 });
    expect(day('2024-04-10')).toEqual({ date: '2024-04-10', submitted: 3, cumulative: 4 });
    expect(day('2024-05-02')).toMatchObject({ submitted: 2, cumulative: 6 });
    expect(o.daily.at(-1)).toEqual({ date: '2024-05-15', submitted: 0, cumulative: 7 });
  });
});

describe('response page', () => {
  it('shows table 1.3 with a total, the chart with its text equivalent, and the non-submitted list', async () => {
    const res = await coord.agent.get('/beheer/respons');
    expect(res.status).toBe(200);
    const page = $(res.text);
    const table = page('table.coord-response-table');
    expect(table.find('thead th').map((_i, el) => page(el).text()).get()).toEqual(
      ['Partij', 'Organisaties', 'Ingevulde vragenlijsten', 'Bezig', 'Niet gestart', 'Responspercentage', 'Aantal vragen'],
    );
    const cells = (label: string) => table.find('tbody tr').filter((_i, el) => page(el).find('th').text() === label).find('td').map((_i, el) => page(el).text()).get();
    expect(cells('Rijk')).toEqual(['1', '1', '0', '0', '100,0%', '32']);
    expect(cells('Gemeenten')).toEqual(['341', '4', '2', '335', '1,2%', '29']);
    expect(cells('Totaal')).toEqual(['388', '7', '3', '378', '1,8%', '']);
    const svg = page('figure.coord-chart-figure svg[role="img"]');
    expect(svg.find('title').text()).toContain('ingediende vragenlijsten');
    expect(svg.find('desc').text()).toContain('7 van de 388');
    expect(page('details table tbody tr').length).toBe(4); // 8 April, 10 April, 2 and 3 May
    expect(page('#niet-ingediend').text()).toContain('Niet ingediend (381)');
    // Paged on the server, 50 a page; every organisation that has not submitted is on one of the pages.
    expect(page('#niet-ingediend + .table-scroll tbody tr').length).toBe(50);
    expect(page('.coord-pager__count').last().text()).toContain('1–50 van 381 organisaties');
    const pages = page('nav.coord-pager a[href*="pagina="]').map((_i, el) => page(el).attr('href')).get();
    expect(pages.length).toBeGreaterThanOrEqual(7);
    let all = page('#niet-ingediend + .table-scroll table').text();
    for (const href of new Set(pages)) all += $((await coord.agent.get(href)).text)('#niet-ingediend + .table-scroll table').text();
    expect(all).toContain('Vereniging Nederlandse Gemeenten');
    expect(all).not.toContain('Rijk (Ministerie');
    const last = $((await coord.agent.get('/beheer/respons?pagina=8')).text);
    expect(last('#niet-ingediend + .table-scroll tbody tr').length).toBe(381 - 7 * 50);
    expect(last('.coord-pager__count').last().text()).toContain('351–381 van 381');
  });

  it('drills down via the province links', async () => {
    const page = $((await coord.agent.get('/beheer/respons')).text);
    const href = page('a').filter((_i, el) => page(el).text() === 'Groningen' && (page(el).attr('href') ?? '').includes('provincie=PV20')).attr('href')!;
    const res = await coord.agent.get(href);
    const p = $(res.text);
    expect(p('select#provincie option[selected]').val()).toBe('PV20');
    expect(p('table.coord-response-table tr.coord-total-row td').first().text()).toBe('10');
  });

  it('downloads the same figures as CSV for Dutch Excel (BOM, semicolons, decimal comma)', async () => {
    const res = await coord.agent.get('/beheer/respons/download.csv').buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('respons-hervormingsagenda-2024');
    const text = res.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Partij;Organisaties;Ingevulde vragenlijsten;Bezig;Niet gestart;Responspercentage;Aantal vragen');
    expect(lines).toContain('Gemeenten;341;4;2;335;1,2;29');
    expect(lines).toContain("Jeugdhulpregio's;42;1;0;41;2,4;20");
    expect(lines.at(-1)).toBe('Totaal;388;7;3;378;1,8;');
  });

  it('downloads an Excel workbook with table 1.3, drill-downs, non-submitted and days', async () => {
    const res = await coord.agent.get('/beheer/respons/download.xlsx?soort=gemeente').buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Buffer as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Respons', 'Per provincie', 'Per jeugdregio', 'Niet ingediend', 'Per dag']);
    const sheet = wb.getWorksheet('Respons')!;
    expect(sheet.getRow(4).values).toEqual([undefined, 'Partij', 'Organisaties', 'Ingevulde vragenlijsten', 'Bezig', 'Niet gestart', 'Responspercentage', 'Aantal vragen']);
    expect(sheet.getRow(5).values).toEqual([undefined, 'Gemeenten', 341, 4, 2, 335, 0.012, 29]);
    expect(sheet.getCell('F5').numFmt).toBe('0.0%');
    expect(wb.getWorksheet('Niet ingediend')!.rowCount).toBe(1 + 337);
  });

  it('downloads the non-submitted organisations as CSV', async () => {
    const res = await coord.agent.get('/beheer/respons/niet-ingediend.csv?soort=gemeente&regio=JZ01').buffer(true);
    const lines = res.text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Code;Naam;Soort;Provincie;Jeugdregio;Stand;Laatste activiteit');
    expect(lines).toHaveLength(7);
    expect(lines.some((l) => l.startsWith('GM0765;Pekela;gemeente;Groningen;Groningen;Bezig;'))).toBe(true);
  });
});
