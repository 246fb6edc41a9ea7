import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitResponse, saveAnswers } from '../../server/services/responses.ts';
import { createCoordinationContext, type CoordinationContext, csrfFrom } from '../coordination/support.ts';
import { download, readXlsx, writeXlsx } from '../exchange/support.ts';
import { $, type Session } from '../support/context.ts';
import { organisationPage } from '../support/pages.ts';
import { fullAnswers } from './fixtures.ts';
import { WAVE } from '../support/wave.ts';
import { afterUpload } from '../support/uploads.ts';

/*
 * Script and HTML typed or imported anywhere come out as text everywhere: on the pages of the monitor,
 * coordination and exchange, in e-mails, and in exports (where texts that look like formulas stay
 * texts). test/security/escaping.test.ts covers the questionnaire pages a respondent sees.
 */

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const TEXT = `${SCRIPT} ${IMG} & co`;
const LATER = `${IMG} later`;
/** Organisation names as a careless (or hostile) import file could bring them. */
const NAMES = {
  GM0014: `${SCRIPT} Groningen`,
  GM0034: `${IMG} Almere`,
  GM0037: '=HYPERLINK("http://example.com","klik")',
  JZ01: `${SCRIPT} Regio Groningen`,
};
/** Explanations that Excel would run as formulas if written carelessly, one per submitted gemeente. */
const RISKY: Record<string, string> = {
  GM0047: '=HYPERLINK("http://example.com","klik")',
  GM0050: '+31 6 1234 5678',
  GM0059: '-2+3',
  GM0060: '@SUM(1+1)',
};

let ctx: CoordinationContext;
let coord: Session;
let analyst: Session;
let admin: Session;

/** No element, attribute or script from a payload made it into the page. */
function expectEscaped(html: string, where: string): ReturnType<typeof $> {
  const page = $(html);
  expect(page('script:not([src])').length, `inline script on ${where}`).toBe(0);
  expect(page('[onerror]').length, `event handler on ${where}`).toBe(0);
  expect(page('img[src="x"]').length, `injected image on ${where}`).toBe(0);
  // Tags are case-insensitive, and some pages echo codes in capitals.
  expect(html.toLowerCase().includes('<script>alert(1)'), `raw script on ${where}`).toBe(false);
  expect(html.toLowerCase().includes('<img src=x'), `raw image on ${where}`).toBe(false);
  return page;
}

/** Escaped, and the text itself is there to read. */
async function shows(who: Session, url: string, texts: string[], status = 200) {
  const res = await who.agent.get(url);
  expect(res.status, url).toBe(status);
  const page = expectEscaped(res.text, url);
  const text = page('body').text();
  for (const t of texts) expect(text, `${url} shows ${t}`).toContain(t);
  return page;
}

const csvFile = (rows: string[][]) => Buffer.from(stringify(rows, { delimiter: ';', bom: true, record_delimiter: 'windows' }), 'utf8');

async function importOrganisations(file: Buffer, name = 'organisaties.csv') {
  const csrf = await csrfFrom(coord, '/beheer/organisaties/importeren');
  return afterUpload(coord.agent, await coord.agent.post(`/beheer/organisaties/importeren`).field('_csrf', csrf).attach('bestand', file, name));
}

async function save(org: string, input: Record<string, unknown>) {
  const r = await saveAnswers(ctx.services, { waveId: WAVE, orgCode: org, userId: null, baseVersion: null, mode: 'json', channel: 'web', input });
  if (r.kind !== 'saved') throw new Error(`${org}: ${JSON.stringify(r)}`);
}

const outbox = () => readdirSync(ctx.outboxDir).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(path.join(ctx.outboxDir, f), 'utf8'));

beforeAll(async () => {
  ctx = await createCoordinationContext();
  await ctx.addUser('almere@example.nl', 'respondent', 'GM0034');
  await ctx.addUser('amsterdam@example.nl', 'respondent', 'GM0363');
  coord = await ctx.loginAs('coord@example.nl', 'coordinator');
  analyst = await ctx.loginAs('analist@example.nl', 'analyst');
  admin = await ctx.loginAs('beheer@example.nl', 'admin');
});
afterAll(() => ctx.close());

describe('organisation names and contact fields from the organisation import', () => {
  it('are shown escaped in the report of a file with errors, and nothing is imported', async () => {
    const res = await importOrganisations(csvFile([
      ['code', 'naam', 'soort', 'inwoners', 'provincie', 'regio', 'e-mail'],
      ['GM9901', SCRIPT, IMG, `<b>veel</b>`, SCRIPT, IMG, `${IMG}@example.nl`],
      [SCRIPT, 'Naam', 'gemeente', '', '', '', ''],
    ]));
    expect(res.status).toBe(422);
    const page = expectEscaped(res.text, 'import report');
    const text = page('main').text();
    for (const t of [`Onbekende soort ‘${IMG}’`, `Onbekende provincie ‘${SCRIPT}’`, `Onbekende jeugdregio ‘${IMG}’`, `‘${IMG}@example.nl’ is geen geldig e-mailadres`, '‘<b>veel</b>’ is geen heel getal']) {
      expect(text).toContain(t);
    }
    expect((await organisationPage(coord, 'GM9901')).status).toBe(404);

    const header = await importOrganisations(csvFile([['code', 'naam', 'soort', SCRIPT], ['GM9902', 'X', 'gemeente', '1']]));
    expect(header.status).toBe(422);
    expect(expectEscaped(header.text, 'import header report')('main').text()).toContain(`Onbekende kolom: ‘${SCRIPT}’`);
  });

  it('are imported verbatim, shown escaped in the preview and on the coordination pages', async () => {
    const res = await importOrganisations(csvFile([
      ['code', 'naam', 'soort', 'e-mail'],
      ['JZ01', NAMES.JZ01, 'regio', ''],
      ['GM0014', NAMES.GM0014, 'gemeente', 'jeugd@groningen.example.nl'],
      ['GM0034', NAMES.GM0034, 'gemeente', 'jeugd@almere.example.nl'],
      ['GM0037', NAMES.GM0037, 'gemeente', 'jeugd@zuidhorn.example.nl'],
    ]), `${IMG}.csv`);
    expect(res.status).toBe(200);
    const preview = expectEscaped(res.text, 'import preview');
    for (const n of Object.values(NAMES)) expect(preview('main').text()).toContain(n);
    const csrf = await csrfFrom(coord, '/beheer/organisaties/importeren');
    const done = await coord.agent.post('/beheer/organisaties/importeren/bevestigen').type('form').send({ _csrf: csrf, token: preview('input[name="token"]').val() });
    expect(done.status).toBe(303);
    // Verbatim: the edit form holds the name exactly as imported.
    for (const [code, name] of Object.entries(NAMES)) expect((await organisationPage(coord, code)).form.name).toBe(name);

    // Answers with script in every text field; GM0014's explanation changed once more (old and new in the history).
    const survey = ctx.services.surveys.get(WAVE)!;
    for (const org of ['GM0014', 'GM0034']) await save(org, fullAnswers(survey, 'gemeente', TEXT));
    await save('GM0014', { 'gemeente.reikwijdte.01.toelichting': LATER });
    for (const [org, text] of Object.entries(RISKY)) await save(org, fullAnswers(survey, 'gemeente', text));
    await save('GM0037', { 'gemeente.reikwijdte.01': 'ja', 'gemeente.reikwijdte.01.toelichting': TEXT }); // stays a draft
    await save('JZ01', fullAnswers(survey, 'regio', TEXT));
    for (const org of ['GM0014', 'GM0034', ...Object.keys(RISKY), 'JZ01']) expect(await submitResponse(ctx.services, WAVE, org, null), org).toEqual({ ok: true });

    await shows(coord, '/beheer/organisaties', [NAMES.GM0014, NAMES.GM0034]);
    await shows(coord, '/beheer/organisaties?zoek=%3Cscript%3E', []);
    await shows(coord, '/beheer/organisaties/GM0014', [NAMES.GM0014, 'jeugd@groningen.example.nl']);
    await shows(coord, `/beheer/organisaties/GM0014/geschiedenis?ronde=${WAVE}`, [NAMES.GM0014, TEXT, LATER]);
    await shows(coord, '/beheer/respons', [NAMES.GM0037]);
    await shows(coord, `/vragenlijst/${WAVE}/GM0014/afdrukken`, [NAMES.GM0014, TEXT]);
    await shows(coord, `/vragenlijst/${WAVE}/GM0014/controleren`, [NAMES.GM0014, TEXT]);
    // The respondent of a renamed organisation sees its name as text.
    const almere = await ctx.login('almere@example.nl');
    await shows(almere, `/vragenlijst/${WAVE}/GM0034`, [NAMES.GM0034]);
    await shows(almere, '/', [NAMES.GM0034]);
  });
});

describe('the monitor', () => {
  it('shows explanations, names and echoed search and filter values escaped', async () => {
    const m = `/monitor/${WAVE}`;
    await shows(analyst, `${m}/toelichtingen`, [TEXT, NAMES.GM0014, NAMES.JZ01]);
    await shows(analyst, `${m}/toelichtingen?zoek=${encodeURIComponent(SCRIPT)}`, [`met ‘${SCRIPT}’`, TEXT]);
    await shows(analyst, `${m}/toelichtingen?vraag=${encodeURIComponent(IMG)}&zoek=${encodeURIComponent(IMG)}`, []);
    await shows(analyst, `${m}/vergelijken?organisatie=GM0014&met=GM0034`, [NAMES.GM0014, NAMES.GM0034]);
    await shows(analyst, `${m}/vergelijken?organisatie=JZ01`, [NAMES.JZ01]);
    await shows(analyst, `${m}/vergelijken?organisatie=${encodeURIComponent(SCRIPT)}`, [`‘${SCRIPT.toUpperCase()}’ bestaat niet`], 422);
    await shows(analyst, `${m}/vergelijken?organisatie=GM0014&met=${encodeURIComponent(IMG)}`, [`Vergelijken met ‘${IMG.toUpperCase()}’ kan niet`], 422);
    await shows(analyst, `${m}/regio?regio=JZ01`, [NAMES.JZ01]);
    await shows(analyst, `${m}/regio?regio=${encodeURIComponent(SCRIPT)}`, [`‘${SCRIPT.toUpperCase()}’ bestaat niet`], 422);
    await shows(analyst, `${m}/thema/reikwijdte?regio=${encodeURIComponent(IMG)}&provincie=${encodeURIComponent(SCRIPT)}`, [`‘${IMG.toUpperCase()}’ bestaat niet`, `‘${SCRIPT.toUpperCase()}’ bestaat niet`], 422);
    await shows(analyst, `${m}/achterstand?regio=${encodeURIComponent(SCRIPT)}`, [`‘${SCRIPT.toUpperCase()}’ bestaat niet`], 422);
    await shows(analyst, m, []);
    await shows(analyst, `${m}/thema/reikwijdte`, []);
    // A respondent sees the explanations without names, still escaped.
    const almere = await ctx.login('almere@example.nl');
    const page = await shows(almere, `${m}/toelichtingen`, [TEXT]);
    expect(page('main').text()).not.toContain(NAMES.GM0014);
    await shows(almere, `${m}/vergelijken?met=GM0014`, [NAMES.GM0034, NAMES.GM0014]);
  });
});

describe('the exchange pages', () => {
  it('show file names, echoed cells and workbook values escaped', async () => {
    // Bulk import: an unknown organisation code and a file name with markup.
    const bulk = await afterUpload(coord.agent, await coord.agent
      .post(`/analyse/${WAVE}/importeren`).field('_csrf', coord.csrf)
      .attach('bestand', csvFile([
        ['Organisatiecode', 'Naam', 'Soort organisatie', 'Provincie', 'Jeugdregio', 'Inwoners', 'Status respons', 'Ingediend op', 'gemeente.reikwijdte.01'],
        [SCRIPT, IMG, 'gemeente', '', '', '', '', '', IMG],
      ]), `${IMG}.csv`));
    expect(bulk.status).toBe(422);
    expect(expectEscaped(bulk.text, 'bulk import report')('main').text()).toContain(`‘${IMG}.csv’ is niet verwerkt`);
    await shows(analyst, `/analyse/${WAVE}?regio=${encodeURIComponent(SCRIPT)}&soort=${encodeURIComponent(IMG)}`, [], 422);

    // Offline workbook: a file that is not one, named with markup; then a real one with script in it.
    const amsterdam = await ctx.login('amsterdam@example.nl');
    const base = `/vragenlijst/${WAVE}/GM0363`;
    const notWorkbook = await afterUpload(amsterdam.agent, await amsterdam.agent.post(`${base}/excel/uploaden`).field('_csrf', amsterdam.csrf)
      .attach('bestand', Buffer.from('geen werkboek'), `${IMG}.xlsx`));
    expect(notWorkbook.status).toBe(422);
    expect(expectEscaped(notWorkbook.text, 'offline upload report')('main').text()).toContain(`‘${IMG}.xlsx’ is niet verwerkt`);
    const wb = await readXlsx((await download(amsterdam.agent, `${base}/excel`)).body);
    wb.getWorksheet('3.1 Reikwijdte')!.eachRow((row) => {
      if (row.getCell(1).value === 'gemeente.reikwijdte.01' && !row.getCell(2).value) row.getCell(6).value = TEXT;
    });
    const up = await amsterdam.agent.post(`${base}/excel/uploaden`).field('_csrf', amsterdam.csrf).attach('bestand', await writeXlsx(wb), 'vragenlijst.xlsx');
    expect(up.status).toBe(303);
    await shows(amsterdam, up.headers.location!, [TEXT]);
  });
});

describe('e-mails', () => {
  it('are plain text only, so names with markup are inert there, and the e-mail pages show them escaped', async () => {
    // An invitation for the renamed gemeente, and a reminder naming each organisation.
    let csrf = await csrfFrom(coord, '/beheer/organisaties/GM0014');
    const invite = await coord.agent.post('/beheer/organisaties/GM0014/uitnodigen').type('form').send({ _csrf: csrf, emails: 'nieuw@groningen.example.nl' });
    expect(invite.status).toBe(303);
    csrf = await csrfFrom(coord, '/beheer/herinneringen');
    const form = {
      _csrf: csrf, ronde: WAVE, soort: 'gemeente', provincie: '', regio: 'JZ01', status: ['niet-gestart', 'bezig', 'ingediend'],
      onderwerp: 'Herinnering {organisatie}', tekst: 'Beste {organisatie},\n\nVul de vragenlijst in: {link}',
    };
    const preview = await coord.agent.post('/beheer/herinneringen/voorbeeld').type('form').send(form);
    expect(preview.status).toBe(200);
    expect(expectEscaped(preview.text, 'reminder preview')('main').text()).toContain(`Beste ${NAMES.GM0014},`);
    const sent = await coord.agent.post('/beheer/herinneringen/versturen').type('form').send(form);
    expect(sent.status).toBe(303);
    await shows(coord, `/beheer/herinneringen?ronde=${WAVE}`, [NAMES.GM0014]);

    const mails = outbox();
    const invitation = mails.find((m) => /^To: nieuw@groningen\.example\.nl$/m.test(m))!;
    const reminder = mails.find((m) => /^To: jeugd@groningen\.example\.nl$/m.test(m))!;
    // The receipt of GM0034's submission (issue 16): its one account got it, naming the organisation.
    const receipt = mails.find((m) => /^To: almere@example\.nl$/m.test(m) && m.includes('Ontvangstbevestiging'))!;
    for (const [what, raw] of [['invitation', invitation], ['reminder', reminder], ['receipt', receipt]] as const) {
      expect(raw, what).toBeDefined();
      const headers = raw.split(/\r?\n\r?\n/, 1)[0]!;
      // One part, text/plain: a mail program shows markup in it as characters, never as HTML.
      expect(headers, what).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
      expect(raw.toLowerCase(), what).not.toContain('text/html');
      expect(raw.toLowerCase(), what).not.toContain('multipart/');
      // The name in the subject cannot add headers.
      expect(headers.match(/^Subject:/gm), what).toHaveLength(1);
      expect(headers, what).not.toMatch(/^(Bcc|Cc):/m);
    }
    const { emlText } = await import('../../server/mail/outbox.ts');
    expect(emlText(invitation)).toContain(`namens ${NAMES.GM0014} de vragenlijst in de Afsprakenmonitor`);
    expect(emlText(reminder)).toContain(`Beste ${NAMES.GM0014},`);
    expect(emlText(receipt)).toContain(`De vragenlijst van ${NAMES.GM0034} voor de`);

    // The e-mail log, and a message as a coordinator and (with the full outbox text) as a beheerder.
    const log = await shows(coord, '/beheer/e-mail', [NAMES.GM0014]);
    const href = log('a').filter((_i, a) => log(a).text() === `Herinnering ${NAMES.GM0014}`).first().attr('href')!;
    expect(href).toMatch(/^\/beheer\/e-mail\/\d+$/);
    await shows(coord, href, [`Herinnering ${NAMES.GM0014}`, `Beste ${NAMES.GM0014},`]);
    await shows(admin, href, [`Beste ${NAMES.GM0014},`]);
    const invitationHref = log('tr').filter((_i, tr) => log(tr).text().includes('nieuw@groningen.example.nl')).find('a[href^="/beheer/e-mail/"]').attr('href')!;
    await shows(admin, invitationHref, [`namens ${NAMES.GM0014} de vragenlijst in de Afsprakenmonitor`]);
    const receipts = await shows(coord, '/beheer/e-mail?soort=ontvangstbevestiging', ['almere@example.nl']);
    await shows(coord, receipts('a[href^="/beheer/e-mail/"]').first().attr('href')!, [`De vragenlijst van ${NAMES.GM0034} voor de`]);
  });
});

describe('exports', () => {
  /** Every cell of every sheet, with its type. */
  function cells(wb: ExcelJS.Workbook): { sheet: string; address: string; type: ExcelJS.ValueType; value: unknown; formula?: string }[] {
    const out: { sheet: string; address: string; type: ExcelJS.ValueType; value: unknown; formula?: string }[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => out.push({ sheet: ws.name, address: c.address, type: c.type, value: c.value, formula: c.formula })));
    return out;
  }

  function expectTextsNotFormulas(wb: ExcelJS.Workbook, what: string, texts: string[]) {
    const all = cells(wb);
    expect(all.filter((c) => c.type === ExcelJS.ValueType.Formula || c.formula), `formulas in ${what}`).toEqual([]);
    for (const t of texts) {
      const found = all.filter((c) => c.value === t);
      expect(found.length, `${what} holds ${t}`).toBeGreaterThan(0);
      for (const c of found) expect(c.type, `${what} ${c.sheet}!${c.address}`).toBe(ExcelJS.ValueType.String);
    }
  }

  it('the analyst workbook holds every text verbatim as a text cell, never as a formula', async () => {
    const { res, body } = await download(analyst.agent, `/analyse/${WAVE}/werkboek.xlsx`);
    expect(res.status).toBe(200);
    const wb = await readXlsx(body);
    expectTextsNotFormulas(wb, 'werkboek', [TEXT, ...Object.values(RISKY), NAMES.GM0014, NAMES.GM0037]);
    const toelichtingen: unknown[] = [];
    wb.getWorksheet('Toelichtingen')!.eachRow((row) => row.eachCell((c) => toelichtingen.push(c.value)));
    for (const t of [TEXT, ...Object.values(RISKY)]) expect(toelichtingen).toContain(t);
  });

  it('the raw data CSV holds texts verbatim; texts that start like a formula get an apostrophe', async () => {
    const { body } = await download(analyst.agent, `/analyse/${WAVE}/ruwe-data.csv`);
    const rows = parse(body.toString('utf8'), { delimiter: ';', bom: true }) as string[][];
    const header = rows[0]!;
    const row = (code: string) => rows.find((r) => r[0] === code)!;
    const col = header.indexOf('gemeente.reikwijdte.01.toelichting');
    expect(row('GM0034')[col]).toBe(TEXT);
    expect(row('GM0034')[1]).toBe(NAMES.GM0034);
    for (const [org, text] of Object.entries(RISKY)) expect(row(org)[col], org).toBe(`'${text}`);
    expect(row('GM0037')[1]).toBe(`'${NAMES.GM0037}`);
    // No cell anywhere starts like a formula.
    expect(rows.flat().filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it("a respondent's offline workbook holds its texts as text cells", async () => {
    const me = await ctx.loginAs('zuidhorn@example.nl', 'respondent', 'GM0047');
    const wb = await readXlsx((await download(me.agent, `/vragenlijst/${WAVE}/GM0047/excel`)).body);
    expectTextsNotFormulas(wb, 'offline werkboek', [RISKY.GM0047!]);
  });

  it("the coordinator's response overview (Excel and CSV) keeps organisation names as text", async () => {
    const xlsx = await readXlsx((await download(coord.agent, `/beheer/respons/download.xlsx?ronde=${WAVE}`)).body);
    expectTextsNotFormulas(xlsx, 'respons.xlsx', [NAMES.GM0037]);
    const { res, body } = await download(coord.agent, `/beheer/respons/niet-ingediend.csv?ronde=${WAVE}`);
    expect(res.status).toBe(200);
    const rows = parse(body.toString('utf8'), { delimiter: ';', bom: true }) as string[][];
    expect(rows.find((r) => r[0] === 'GM0037')?.[1]).toBe(`'${NAMES.GM0037}`);
    expect(rows.flat().filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });
});
