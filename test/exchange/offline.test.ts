import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionPlace } from '../../server/presenters/questionPlace.ts';
import { submitResponse } from '../../server/services/responses.ts';
import { historyEntries } from '../support/inspect.ts';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { answersOf, completeAnswers, download, fill, readXlsx, rowValues, WAVE, writeXlsx } from './support.ts';
import { afterUpload } from '../support/uploads.ts';

let ctx: TestContext;
const ORG = 'GM0363';
const base = `/vragenlijst/${WAVE}/${ORG}`;

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.addUser('ams@example.nl', 'respondent', ORG);
  await ctx.addUser('collega@example.nl', 'respondent', ORG);
  await ctx.addUser('utrecht@example.nl', 'respondent', 'GM0344');
});
afterAll(() => ctx.close());

async function workbookFor(email: string) {
  const { agent, csrf } = await ctx.login(email);
  const { res, body } = await download(agent, `${base}/excel`);
  expect(res.status).toBe(200);
  return { agent, csrf, wb: await readXlsx(body) };
}

/** The row of a question (or of a 'meerkeuze' option) on a theme sheet. */
function rowOf(ws: ExcelJS.Worksheet, id: string, option?: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(1).value === id && (row.getCell(2).value ?? undefined) === option) found = row;
  });
  if (!found) throw new Error(`no row ${id} ${option ?? ''}`);
  return found;
}

async function upload(agent: ReturnType<typeof import('supertest').agent>, csrf: string, buf: Buffer, name = 'vragenlijst.xlsx') {
  return afterUpload(agent, await agent.post(`${base}/excel/uploaden`).field('_csrf', csrf).attach('bestand', buf, name));
}

const history = () => historyEntries(ctx);

describe('offline questionnaire workbook', () => {
  it('is linked from the start page', async () => {
    const { agent } = await ctx.login('ams@example.nl');
    const page = $((await agent.get(base)).text);
    expect(page(`a[href="${base}/excel"]`).text()).toContain('downloaden');
    expect(page(`a[href="${base}/excel/uploaden"]`).length).toBe(1);
  });

  it('holds instructions, a sheet per theme with current answers, drop-downs and the stamped version', async () => {
    await fill(ctx.services, ORG, { 'gemeente.reikwijdte.01': 'ja', 'gemeente.reikwijdte.01.toelichting': '=niet uitvoeren', 'gemeente.lokale-teams.08': 40 });
    const { wb } = await workbookFor('ams@example.nl');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Instructies', '3.1 Reikwijdte', '3.2 Jeugdhulp steviger verbinde', '3.3 Stevige lokale teams en toe', '3.4 Terugdringen residentiële j',
      '3.7 Eenvoudigere uitvoering en', '4 Beleving van de beweging', 'Keuzelijsten', 'Gegevens',
    ]);
    expect(wb.getWorksheet('Keuzelijsten')!.state).toBe('hidden');
    const meta = wb.getWorksheet('Gegevens')!;
    expect(meta.state).toBe('veryHidden');
    expect(rowValues(meta, 2)).toEqual(['uitvraag', WAVE]);
    expect(rowValues(meta, 3)).toEqual(['organisatie', ORG]);
    expect(rowValues(meta, 4)).toEqual(['versie', 1]);
    const intro = wb.getWorksheet('Instructies')!;
    const introText = JSON.stringify(rowValues(intro, 3)) + intro.getColumn(2).values.join(' ');
    expect(introText).toContain('Amsterdam (GM0363)');
    expect(introText).toContain('keuzelijst');

    const ws = wb.getWorksheet('3.1 Reikwijdte')!;
    expect(rowValues(ws, 1)).toEqual(['Vraag-id', 'Optie', 'Vraag', 'Antwoord', 'Anders, namelijk', 'Toelichting', 'Planning HA/IP', 'Aanwijzing']);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.getColumn(2).hidden).toBe(true);
    // No internal ids where a respondent looks: the id column is hidden, the question says 'Vraag 1'.
    expect(ws.getColumn(1).hidden).toBe(true);
    for (const sheet of wb.worksheets.filter((w) => w.state === 'visible')) {
      sheet.eachRow((row) => row.eachCell((cell) => {
        if (Number(cell.col) !== 1) expect(String(cell.value), `${sheet.name} ${cell.address}`).not.toMatch(/\bgemeente\.[a-z-]+\.\d\d/);
      }));
    }
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const q = rowOf(ws, 'gemeente.reikwijdte.01');
    expect(String(q.getCell(3).value)).toMatch(/^Vraag 1\. /);
    expect(q.getCell(4).value).toBe('Ja'); // the label, chosen from a list
    expect(q.getCell(4).dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/^Keuzelijsten!\$[A-Z]+\$1:\$[A-Z]+\$2$/)] });
    expect(q.getCell(6).value).toBe('=niet uitvoeren');
    expect(q.getCell(6).type).toBe(ExcelJS.ValueType.String);
    expect(q.getCell(4).protection?.locked).toBe(false);
    expect(q.getCell(3).protection?.locked).not.toBe(false);

    const teams = wb.getWorksheet('3.3 Stevige lokale teams en toe')!;
    const pct = rowOf(teams, 'gemeente.lokale-teams.08');
    expect(pct.getCell(4).value).toBe(40);
    expect(pct.getCell(4).dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 100] });
    const multi = rowOf(teams, 'gemeente.lokale-teams.07', 'poh_ggz_jeugd');
    expect(multi.getCell(3).value).toContain('POH');
    expect(multi.getCell(4).dataValidation).toMatchObject({ type: 'list' });
    const follow = rowOf(teams, 'gemeente.lokale-teams.06');
    expect(String(follow.getCell(8).value)).toContain('Alleen invullen als u bij vraag 1 ‘Ja’ antwoordt');
  });

  it('previews the changes, stores nothing before confirmation, then saves through the excel channel', async () => {
    const { agent, csrf, wb } = await workbookFor('ams@example.nl');
    const before = await answersOf(ctx.services, ORG);
    const ws = wb.getWorksheet('3.1 Reikwijdte')!;
    rowOf(ws, 'gemeente.reikwijdte.01').getCell(4).value = 'Nee';
    rowOf(ws, 'gemeente.reikwijdte.01').getCell(6).value = 'Uitgelegd in het werkboek';
    const teams = wb.getWorksheet('3.3 Stevige lokale teams en toe')!;
    rowOf(teams, 'gemeente.lokale-teams.08').getCell(4).value = 55.5;
    rowOf(teams, 'gemeente.lokale-teams.07', 'poh_ggz_jeugd').getCell(4).value = 'Ja';
    rowOf(teams, 'gemeente.lokale-teams.07', 'andere_afspraken').getCell(4).value = 'ja';
    rowOf(teams, 'gemeente.lokale-teams.07').getCell(5).value = 'met de huisartsen';
    const pctCell = rowOf(teams, 'gemeente.lokale-teams.09').getCell(4);
    pctCell.value = 0.25; // typed as 25% in Excel, which gives the cell a percentage format
    pctCell.style = { ...pctCell.style, numFmt: '0%' }; // (exceljs shares style objects between cells)
    const res = await upload(agent, csrf, await writeXlsx(wb));
    expect(res.status, $(res.text)('main').text().replace(/\s+/g, ' ')).toBe(303);
    const preview = await agent.get(res.headers.location!);
    expect(preview.status).toBe(200);
    const page = $(preview.text);
    const rows = page('.change-table tbody tr').map((_i, el) => page(el).text().replace(/\s+/g, ' ').trim()).get();
    // Each change says where the respondent finds the question, never its internal id.
    const place = (id: string) => questionPlace(ctx.services.surveys.get(WAVE)!, 'gemeente', id);
    expect(place('gemeente.lokale-teams.08')).toBe('Vraag 7 op tabblad ‘3.3 Stevige lokale teams en toe’');
    expect(page('main').text()).not.toMatch(/\bgemeente\.[a-z-]+\.\d\d/);
    expect(rows.find((r) => r.includes(place('gemeente.reikwijdte.01')) && r.includes('Antwoord'))).toMatch(/Ja Nee$/);
    expect(rows.find((r) => r.includes(place('gemeente.lokale-teams.08'))), rows.join('\n')).toMatch(/40% 55,5%$/);
    expect(rows.find((r) => r.includes(place('gemeente.lokale-teams.09')))).toMatch(/\(leeg\) 25%$/);
    expect(rows.some((r) => r.includes(place('gemeente.lokale-teams.07')) && r.includes('met de huisartsen'))).toBe(true);
    expect(await answersOf(ctx.services, ORG)).toEqual(before);

    const token = res.headers.location!.split('/').pop();
    const version = page('input[name="versie"]').val();
    const done = await agent.post(`${base}/excel/controleren/${token}`).type('form').send({ _csrf: csrf, versie: version, actie: 'opslaan' });
    expect(done.status).toBe(303);
    const after = await answersOf(ctx.services, ORG);
    expect(after).toMatchObject({
      'gemeente.reikwijdte.01': 'nee',
      'gemeente.reikwijdte.01.toelichting': 'Uitgelegd in het werkboek',
      'gemeente.lokale-teams.08': 55.5,
      'gemeente.lokale-teams.09': 25,
      'gemeente.lokale-teams.07': ['poh_ggz_jeugd', 'andere_afspraken'],
      'gemeente.lokale-teams.07.anders': 'met de huisartsen',
    });
    expect((await history()).filter((h) => h.channel === 'excel').length).toBe(6);
    const start = await agent.get(done.headers.location!);
    expect($(start.text)('.utrecht-alert').text()).toContain('6 wijzigingen uit het werkboek');
  });

  it("shows colleagues' changes since the download as conflicts and never overwrites them silently", async () => {
    const { agent, csrf, wb } = await workbookFor('ams@example.nl');
    // Meanwhile a colleague answers online.
    await fill(ctx.services, ORG, { 'gemeente.aanpalende-domeinen.02': 'nee', 'gemeente.residentieel.01': 'mee_bezig' });
    const online = await answersOf(ctx.services, ORG);
    const themed = wb.getWorksheet('3.2 Jeugdhulp steviger verbinde')!;
    rowOf(themed, 'gemeente.aanpalende-domeinen.02').getCell(4).value = 'Ja'; // conflicts with the colleague's 'nee'
    rowOf(wb.getWorksheet('3.1 Reikwijdte')!, 'gemeente.reikwijdte.01').getCell(6).value = 'Nieuwe toelichting'; // only here
    const res = await upload(agent, csrf, await writeXlsx(wb));
    expect(res.status).toBe(303);
    const token = res.headers.location!.split('/').pop()!;
    const page = $((await agent.get(res.headers.location!)).text);
    const conflict = page('fieldset.conflict');
    expect(conflict.length).toBe(1);
    expect(conflict.find('legend').text()).toContain(questionPlace(ctx.services.surveys.get(WAVE)!, 'gemeente', 'gemeente.aanpalende-domeinen.02'));
    expect(page('main').text()).not.toMatch(/\bgemeente\.[a-z-]+\.\d\d/);
    expect(conflict.text()).toContain('Uit het werkboek: Ja');
    expect(conflict.text()).toContain('Online (collega): Nee');
    // Untouched in the workbook, changed online: kept, and said so.
    expect(page('caption:contains("blijft staan")').closest('table').text()).toContain(questionPlace(ctx.services.surveys.get(WAVE)!, 'gemeente', 'gemeente.residentieel.01'));
    const version = page('input[name="versie"]').val();

    const noChoice = await agent.post(`${base}/excel/controleren/${token}`).type('form').send({ _csrf: csrf, versie: version, actie: 'opslaan' });
    expect(noChoice.status).toBe(422);
    expect($(noChoice.text)('.error-summary a').attr('href')).toBe('#keuze-gemeente-aanpalende-domeinen-02-werkboek');
    expect(await answersOf(ctx.services, ORG)).toEqual(online);

    const chosen = await agent.post(`${base}/excel/controleren/${token}`).type('form')
      .send({ _csrf: csrf, versie: version, actie: 'opslaan', 'keuze:gemeente.aanpalende-domeinen.02': 'online' });
    expect(chosen.status).toBe(303);
    const after = await answersOf(ctx.services, ORG);
    expect(after['gemeente.aanpalende-domeinen.02']).toBe('nee');
    expect(after['gemeente.residentieel.01']).toBe('mee_bezig');
    expect(after['gemeente.reikwijdte.01.toelichting']).toBe('Nieuwe toelichting');
  });

  it('lets the workbook win a conflict when chosen, and re-checks when the answers moved on after the preview', async () => {
    const { agent, csrf, wb } = await workbookFor('ams@example.nl');
    await fill(ctx.services, ORG, { 'gemeente.lokale-teams.10': 1000 });
    rowOf(wb.getWorksheet('3.3 Stevige lokale teams en toe')!, 'gemeente.lokale-teams.10').getCell(4).value = 2500;
    const res = await upload(agent, csrf, await writeXlsx(wb));
    const token = res.headers.location!.split('/').pop()!;
    const version = $((await agent.get(res.headers.location!)).text)('input[name="versie"]').val();
    // Someone saves again between preview and confirmation.
    await fill(ctx.services, ORG, { 'gemeente.lokale-teams.10': 1500 });
    const stale = await agent.post(`${base}/excel/controleren/${token}`).type('form')
      .send({ _csrf: csrf, versie: version, actie: 'opslaan', 'keuze:gemeente.lokale-teams.10': 'werkboek' });
    expect(stale.status).toBe(409);
    expect((await answersOf(ctx.services, ORG))['gemeente.lokale-teams.10']).toBe(1500);
    const fresh = $(stale.text);
    expect(fresh('fieldset.conflict').text()).toContain('1.500');
    const ok = await agent.post(`${base}/excel/controleren/${token}`).type('form')
      .send({ _csrf: csrf, versie: fresh('input[name="versie"]').val(), actie: 'opslaan', 'keuze:gemeente.lokale-teams.10': 'werkboek' });
    expect(ok.status).toBe(303);
    expect((await answersOf(ctx.services, ORG))['gemeente.lokale-teams.10']).toBe(2500);
  });

  it('can be cancelled without storing anything', async () => {
    const { agent, csrf, wb } = await workbookFor('ams@example.nl');
    const before = await answersOf(ctx.services, ORG);
    rowOf(wb.getWorksheet('3.1 Reikwijdte')!, 'gemeente.reikwijdte.01').getCell(4).value = 'Ja';
    const res = await upload(agent, csrf, await writeXlsx(wb));
    const token = res.headers.location!.split('/').pop()!;
    const cancel = await agent.post(`${base}/excel/controleren/${token}`).type('form').send({ _csrf: csrf, actie: 'annuleren' });
    expect(cancel.status).toBe(303);
    expect(await answersOf(ctx.services, ORG)).toEqual(before);
    expect((await agent.get(`${base}/excel/controleren/${token}`)).status).toBe(404);
  });

  it("keeps other organisations' respondents out", async () => {
    const { agent, csrf } = await ctx.login('utrecht@example.nl');
    expect((await agent.get(`${base}/excel`)).status).toBe(403);
    expect((await agent.post(`${base}/excel/uploaden`).field('_csrf', csrf).attach('bestand', Buffer.from('x'), 'x.xlsx')).status).toBe(403);
  });
});

describe('offline workbook of every actor kind', () => {
  const orgs: [string, string][] = [['JZ13', 'regio'], ['RIJK', 'rijk'], ['VNG', 'vng'], ['BGZJ', 'bgzj'], ['SBJ', 'sbj'], ['KBL', 'kbl'], ['GM0599', 'gemeente']];
  it.each(orgs)('reads back %s (%s) unchanged after a full questionnaire', async (org, actor) => {
    await ctx.addUser(`${org.toLowerCase()}@example.nl`, 'respondent', org);
    await fill(ctx.services, org, completeAnswers(ctx.services, actor, 2));
    const { agent, csrf } = await ctx.login(`${org.toLowerCase()}@example.nl`);
    const url = `/vragenlijst/${WAVE}/${org}`;
    const { body } = await download(agent, `${url}/excel`);
    const res = await agent.post(`${url}/excel/uploaden`).field('_csrf', csrf).attach('bestand', await writeXlsx(await readXlsx(body)), 'x.xlsx');
    expect(res.status, $(res.text)('#problemen').text()).toBe(303);
    const page = $((await agent.get(res.headers.location!)).text);
    expect(page('h2').text()).toContain('Wat er verandert (0)');
    expect(page('fieldset.conflict').length).toBe(0);
  });
});

describe('offline workbook of a submitted questionnaire', () => {
  it('can be checked but not stored', async () => {
    const org = 'GM0518';
    await ctx.addUser('denhaag@example.nl', 'respondent', org);
    await fill(ctx.services, org, completeAnswers(ctx.services, 'gemeente', 1));
    const { agent, csrf } = await ctx.login('denhaag@example.nl');
    const url = `/vragenlijst/${WAVE}/${org}`;
    const wb = await readXlsx((await download(agent, `${url}/excel`)).body);
    expect((await submitResponse(ctx.services, WAVE, org, null)).ok).toBe(true);
    const before = await answersOf(ctx.services, org);
    rowOf(wb.getWorksheet('3.1 Reikwijdte')!, 'gemeente.reikwijdte.01').getCell(6).value = 'Later bedacht';
    const res = await agent.post(`${url}/excel/uploaden`).field('_csrf', csrf).attach('bestand', await writeXlsx(wb), 'x.xlsx');
    expect(res.status).toBe(303);
    const page = $((await agent.get(res.headers.location!)).text);
    expect(page('.utrecht-alert').text()).toContain('al ingediend');
    expect(page('button[value="opslaan"]').length).toBe(0);
    const token = res.headers.location!.split('/').pop();
    const post = await agent.post(`${url}/excel/controleren/${token}`).type('form').send({ _csrf: csrf, versie: page('input[name="versie"]').val(), actie: 'opslaan' });
    expect(post.status).toBe(409);
    expect(await answersOf(ctx.services, org)).toEqual(before);
  });
});
