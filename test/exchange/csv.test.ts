import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf } from '../../server/survey/model.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { parseRfc4180 } from '../support/rfc4180.ts';
import { completeAnswers, download, fill, WAVE } from './support.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.addUser('coord@example.nl', 'coordinator');
  const s = ctx.services;
  await fill(s, 'GM0363', { ...completeAnswers(s, 'gemeente', 0), 'gemeente.reikwijdte.01.toelichting': '=HYPERLINK("http://x")', 'gemeente.lokale-teams.08': 12.5 });
  await fill(s, 'RIJK', { 'rijk.reikwijdte.01': 'mee_bezig', 'rijk.reikwijdte.01.toelichting': "@iedereen; zie 'notitie'" });
  // Explanations typed in a textarea: bare LF (a browser), a bare CR (old Mac text), CRLF and a quote.
  await fill(s, 'VNG', {
    'vng.aanpalende-domeinen.01': 'afgerond',
    'vng.aanpalende-domeinen.01.toelichting': 'Eerste regel\nTweede regel\n\nDerde "regel"',
    'vng.aanpalende-domeinen.02.toelichting': 'A\rB\r\nC',
  });
});
afterAll(() => ctx.close());

const rows = (buf: Buffer, delimiter: string) => parse(buf.toString('utf8'), { bom: true, delimiter, relax_column_count: true }) as string[][];

describe('CSV of the raw data', () => {
  it('is UTF-8 with a byte-order mark and semicolons, for Dutch Excel', async () => {
    const { agent } = await ctx.login('coord@example.nl');
    const { res, body } = await download(agent, `/analyse/${WAVE}/ruwe-data.csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFOrganisatiecode;Naam;Soort organisatie;Provincie;Jeugdregio;Inwoners;Status respons;Ingediend op;rijk\.reikwijdte\.01;/);
    const data = rows(body, ';');
    const header = data[0]!;
    const survey = ctx.services.surveys.get(WAVE)!;
    expect(header.slice(8)).toEqual(survey.questions.flatMap(fieldsOf).map((f) => f.id));
    expect(data).toHaveLength(1 + 342 + 42 + 5);
    const ams = data.find((r) => r[0] === 'GM0363')!;
    const at = (id: string) => ams[header.indexOf(id)];
    expect(at('Status respons')).toBe('bezig');
    expect(at('gemeente.lokale-teams.08')).toBe('12,5'); // decimal comma
    expect(at('gemeente.reikwijdte.01.toelichting')).toBe('\'=HYPERLINK("http://x")'); // never a formula
    const rijk = data.find((r) => r[0] === 'RIJK')!;
    expect(rijk[header.indexOf('rijk.reikwijdte.01')]).toBe('mee_bezig');
    expect(rijk[header.indexOf('rijk.reikwijdte.01.toelichting')]).toBe("'@iedereen; zie 'notitie'");
    expect(text).toContain(`"'@iedereen; zie 'notitie'"`); // quoted because of the semicolon
  });

  it('reads back record for record with a strict RFC 4180 reader, multi-line explanations included', async () => {
    const { agent } = await ctx.login('coord@example.nl');
    const { body } = await download(agent, `/analyse/${WAVE}/ruwe-data.csv`);
    const text = body.toString('utf8').replace(/^\uFEFF/, '');
    const strict = parseRfc4180(text, ';');
    expect(strict).toHaveLength(1 + 342 + 42 + 5); // one record per organisation, none split
    const header = strict[0]!;
    expect(strict.every((r) => r.length === header.length)).toBe(true);
    const vng = strict.find((r) => r[0] === 'VNG')!;
    expect(vng[header.indexOf('vng.aanpalende-domeinen.01.toelichting')]).toBe('Eerste regel\nTweede regel\n\nDerde "regel"');
    // Stored with its line ends made LF (as the questionnaire saves them); exported quoted, read back whole.
    expect(vng[header.indexOf('vng.aanpalende-domeinen.02.toelichting')]).toBe('A\nB\nC');
    // The same records as the lenient reader the platform's import uses.
    expect(strict).toEqual(rows(body, ';'));
  });

  it('uses commas and decimal points on request', async () => {
    const { agent } = await ctx.login('coord@example.nl');
    const { body } = await download(agent, `/analyse/${WAVE}/ruwe-data.csv?scheiding=komma&soort=gemeente`);
    const data = rows(body, ',');
    expect(data[0]!.slice(0, 3)).toEqual(['Organisatiecode', 'Naam', 'Soort organisatie']);
    expect(data[0]!.some((h) => h.startsWith('rijk.'))).toBe(false);
    expect(data).toHaveLength(1 + 342);
    const ams = data.find((r) => r[0] === 'GM0363')!;
    expect(ams[data[0]!.indexOf('gemeente.lokale-teams.08')]).toBe('12.5');
  });

  it('has a codebook CSV with codes and labels', async () => {
    const { agent } = await ctx.login('coord@example.nl');
    const { body } = await download(agent, `/analyse/${WAVE}/codeboek.csv`);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const data = rows(body, ';');
    expect(data[0]).toEqual(['Kolom', 'Vraag-id', 'Thema', 'Soort organisatie', 'Soort vraag', 'Vraag', 'Type', 'Antwoordcodes en labels', 'Bereik', 'Planning HA/IP', 'Voorwaarde', 'Verplicht']);
    const status = data.find((r) => r[0] === 'Status respons')!;
    expect(status[7]).toContain('ingediend = Ingediend');
    const q = data.find((r) => r[0] === 'gemeente.aanpalende-domeinen.03')!;
    expect(q[7]).toContain('andere_aanpak = ');
    expect(q[10]).toBe('alleen als gemeente.aanpalende-domeinen.01 = ja');
    const other = data.find((r) => r[0] === 'gemeente.aanpalende-domeinen.03.anders')!;
    expect(other[10]).toContain('gemeente.aanpalende-domeinen.03 = andere_aanpak');
  });
});
