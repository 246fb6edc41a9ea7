import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download, readXlsx } from '../exchange/support.ts';
import { setOrganisation } from '../support/arrange.ts';
import { $, type Session } from '../support/context.ts';
import { seedResponse, WAVE } from '../support/wave.ts';
import { createCoordinationContext, type CoordinationContext, csrfFrom, startSmtp } from './support.ts';

/**
 * Issue 16, point 3: the chasing workbench. Figures against a hand-made fixture in jeugdregio
 * Groningen (JZ01, ten gemeenten): GM0014 submitted; GM0037 answered 2 of its 21 required
 * questions (its 'ja' makes a follow-up required: 20 + 1), two accounts and a contact address;
 * GM0047 answered 1 of 20 ('nee' keeps the follow-up away), a contact address only; the other
 * seven have not started (0 of 20) and no address.
 */
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let ctx: CoordinationContext;
let coord: Session;
const url = (q: string) => `/beheer/niet-ingediend?ronde=${WAVE}&${q}`;
const page = async (q: string) => $((await coord.agent.get(url(q))).text);
const codes = (p: ReturnType<typeof $>) => p('#werkbank tbody tr').map((_i, tr) => p(tr).attr('data-code')).get();
const cellsOf = (p: ReturnType<typeof $>, code: string) => p(`#werkbank tr[data-code="${code}"]`).children().map((_i, c) => p(c).text().replace(/\s+/g, ' ').trim()).get();

beforeAll(async () => {
  smtp = await startSmtp();
  ctx = await createCoordinationContext({ smtpUrl: smtp.url });
  await seedResponse(ctx.services, 'GM0014', { 'gemeente.reikwijdte.01': 'ja' });
  await seedResponse(ctx.services, 'GM0037', { 'gemeente.reikwijdte.01': 'ja', 'gemeente.aanpalende-domeinen.01': 'ja', 'gemeente.aanpalende-domeinen.04': 5 }, { submitted: false, at: '2024-05-10T09:00:00Z' });
  await seedResponse(ctx.services, 'GM0047', { 'gemeente.lokale-teams.01': 'nee' }, { submitted: false, at: '2024-05-12T09:00:00Z' });
  await setOrganisation(ctx.services, 'GM0037', { contact_email: 'jeugd@stadskanaal.example.nl' }, '2024-05-01T00:00:00Z');
  await setOrganisation(ctx.services, 'GM0047', { contact_email: 'jeugd@veendam.example.nl' }, '2024-05-01T00:00:00Z');
  await ctx.addUser('a@stadskanaal.example.nl', 'respondent', 'GM0037');
  await ctx.addUser('b@stadskanaal.example.nl', 'respondent', 'GM0037');
  coord = await ctx.loginAs('coord@example.nl', 'coordinator');
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

describe('the chasing workbench', () => {
  it('lists who has not submitted, with contacts, progress, last activity and reminders', async () => {
    const p = await page('soort=gemeente&regio=JZ01');
    expect(p('#aantal').text()).toContain('9 organisaties hebben nog niet ingediend');
    expect(codes(p)).not.toContain('GM0014');
    expect(cellsOf(p, 'GM0037').slice(1)).toEqual([
      'Stadskanaal GM0037', 'Bezig', 'a@stadskanaal.example.nl, b@stadskanaal.example.nl, jeugd@stadskanaal.example.nl',
      '2 van 21', '10 mei 2024 om 11:00', 'nooit', '0',
    ]);
    expect(cellsOf(p, 'GM0047').slice(3, 5)).toEqual(['jeugd@veendam.example.nl', '1 van 20']);
    expect(cellsOf(p, 'GM0765').slice(2)).toEqual(['Niet gestart', 'geen', '0 van 20', 'geen', 'nooit', '0']);
    // Without the kind, the region itself is in its own selection: 18 required questions for a regio.
    const withRegion = await page('regio=JZ01');
    expect(codes(withRegion)).toHaveLength(10);
    expect(cellsOf(withRegion, 'JZ01')[4]).toBe('0 van 18');
  });

  it('sorts by name by default and by any column both ways', async () => {
    expect(codes(await page('soort=gemeente&regio=JZ01'))).toEqual(['GM1979', 'GM1966', 'GM1952', 'GM1895', 'GM0765', 'GM0037', 'GM0047', 'GM1969', 'GM1950']);
    const byProgress = await page('soort=gemeente&regio=JZ01&sorteer=voortgang&richting=af');
    expect(codes(byProgress).slice(0, 3)).toEqual(['GM0037', 'GM0047', 'GM1979']);
    expect(byProgress('th[aria-sort="descending"]').text()).toContain('Verplichte vragen beantwoord');
    expect(codes(await page('soort=gemeente&regio=JZ01&sorteer=naam&richting=af'))[0]).toBe('GM1950');
  });

  it('filters by state and by name', async () => {
    expect(codes(await page('soort=gemeente&regio=JZ01&status=bezig'))).toEqual(['GM0037', 'GM0047']);
    expect(codes(await page('status=bezig&zoek=veen'))).toEqual(['GM0047']);
    // A state outside the list is ignored rather than showing the submitted ones.
    expect(codes(await page('soort=gemeente&regio=JZ01&status=ingediend'))).toHaveLength(9);
  });

  it('pages on the server: 388 organisations (389 minus one submitted), 50 a page', async () => {
    const first = await page('');
    expect(first('#aantal').text()).toContain('388 organisaties hebben nog niet ingediend; pagina 1 van 8');
    expect(codes(first)).toHaveLength(50);
    const second = await page('pagina=2');
    expect(codes(second)).toHaveLength(50);
    expect(codes(second).filter((c) => codes(first).includes(c))).toEqual([]);
    const last = await page('pagina=999');
    expect(last('#aantal').text()).toContain('pagina 8 van 8');
    expect(codes(last)).toHaveLength(38);
    expect(last('a[rel="prev"]').attr('href')).toContain('pagina=7');
  });

  it('downloads every row of the selection with its contacts as CSV and Excel', async () => {
    const csv = await coord.agent.get(`/beheer/niet-ingediend/download.csv?ronde=${WAVE}&soort=gemeente&regio=JZ01&status=bezig`).buffer(true);
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = parse(csv.text, { delimiter: ';', bom: true }) as string[][];
    expect(rows[0]!.at(-1)).toBe('contacten');
    expect(rows.slice(1).map((r) => [r[0], r[6], r[7], r.at(-1)])).toEqual([
      ['GM0037', '2', '21', 'a@stadskanaal.example.nl, b@stadskanaal.example.nl, jeugd@stadskanaal.example.nl'],
      ['GM0047', '1', '20', 'jeugd@veendam.example.nl'],
    ]);
    const wb = await readXlsx((await download(coord.agent, `/beheer/niet-ingediend/download.xlsx?ronde=${WAVE}&soort=gemeente&regio=JZ01`)).body);
    const ws = wb.getWorksheet('Niet ingediend')!;
    expect(ws.rowCount).toBe(10); // the header and nine gemeenten
    const row = ws.getRows(2, 9)!.find((r) => r.getCell(1).value === 'GM0037')!;
    expect(row.getCell(13).value).toBe('a@stadskanaal.example.nl, b@stadskanaal.example.nl, jeugd@stadskanaal.example.nl');
  });

  it('an empty selection gets a message at the field and sends nothing', async () => {
    const res = await coord.agent.get(`/beheer/herinneringen?ronde=${WAVE}&werkbank=ja`);
    expect(res.status).toBe(422);
    const p = $(res.text);
    expect(p('#organisaties-fout').text()).toContain('Kies in de lijst ‘Nog niet ingediend’ minstens één organisatie.');
    expect(p('#foutmeldingen a').attr('href')).toBe('#organisaties');
  });

  it('reminds the chosen organisations through the existing preview, and shows the reminder afterwards', async () => {
    const form = $((await coord.agent.get(`/beheer/herinneringen?ronde=${WAVE}&werkbank=ja&organisatie=GM0037&organisatie=GM0047`)).text);
    expect(form('#organisaties').text()).toContain('2 organisaties');
    const fields = {
      _csrf: await csrfFrom(coord, '/beheer/herinneringen'), ronde: WAVE, provincie: '', regio: '', status: ['niet-gestart', 'bezig'],
      onderwerp: form('[name="onderwerp"]').val(), tekst: form('[name="tekst"]').val(),
       organisatie: form('#organisaties input[name="organisatie"]').map((_i, el) => form(el).val()).get(), werkbank: 'ja',
    };
    const preview = $((await coord.agent.post('/beheer/herinneringen/voorbeeld').type('form').send(fields)).text);
    expect(preview('[role="status"]').first().text()).toContain('4 adressen');
    expect(preview('form[action="/beheer/herinneringen/versturen"] input[name="organisatie"]').length).toBe(2);
    ctx.setNow(new Date('2024-05-16T08:00:00Z'));
    const sent = await coord.agent.post('/beheer/herinneringen/versturen').type('form').send(fields);
    expect(sent.status).toBe(303);
    expect(smtp.received.flatMap((m) => m.to).sort()).toEqual(['a@stadskanaal.example.nl', 'b@stadskanaal.example.nl', 'jeugd@stadskanaal.example.nl', 'jeugd@veendam.example.nl']);
    const after = await page('soort=gemeente&regio=JZ01');
    expect(cellsOf(after, 'GM0037').slice(-2)).toEqual(['16 mei 2024 om 10:00', '1']);
    expect(cellsOf(after, 'GM0765').slice(-2)).toEqual(['nooit', '0']);
    const byCount = await page('soort=gemeente&regio=JZ01&sorteer=aantal&richting=af');
    expect(codes(byCount).slice(0, 2)).toEqual(['GM0037', 'GM0047']);
  });

  it('shows an organisation that was given extra time', async () => {
    const res = await coord.agent.post('/beheer/organisaties/GM0765/extra-tijd').type('form')
      .send({ _csrf: await csrfFrom(coord, '/beheer/organisaties/GM0765'), extraRonde: WAVE, extraSluitdatum: '2024-07-14', extraReden: 'Raad' });
    expect(res.status).toBe(303);
    expect(cellsOf(await page('soort=gemeente&regio=JZ01'), 'GM0765')[1]).toContain('extra tijd tot en met 14 juli 2024');
  });
});
