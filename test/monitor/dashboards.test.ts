import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { gemeentenOf, seedResponse, WAVE } from './fixtures.ts';

let ctx: TestContext;
let groningen: string[];
beforeAll(async () => {
  ctx = await createTestContext();
  const s = ctx.services;
  groningen = await gemeentenOf(s, 'JZ01'); // ten gemeenten, GM0014 (Groningen) first
  await ctx.addUser('gron@example.nl', 'respondent', groningen[0]!);
  await ctx.addUser('regio@example.nl', 'respondent', 'JZ01');
  await ctx.addUser('rijk@example.nl', 'respondent', 'RIJK');
  await ctx.addUser('analist@example.nl', 'analyst');
  // Six gemeenten of JZ01 answer; four of them 'mee bezig', two 'afgerond'.
  for (const [i, code] of groningen.slice(0, 6).entries()) {
    await seedResponse(s, code, {
      'gemeente.residentieel.01': i < 4 ? 'mee_bezig' : 'afgerond',
      'gemeente.residentieel.01.toelichting': i === 0 ? 'Wij werken samen met het Leger des Heils.' : `Toelichting ${code}`,
      'gemeente.eenvoudiger-uitvoering.05': ['inspanningsgericht'],
    });
  }
  await seedResponse(s, 'GM0363', { 'gemeente.residentieel.01': 'niet_begonnen' }); // Amsterdam, another region
  await seedResponse(s, 'GM0344', { 'gemeente.residentieel.01': 'afgerond', 'gemeente.residentieel.01.toelichting': 'Concept: telt niet mee.' }, { submitted: false });
  await seedResponse(s, 'JZ01', { 'regio.residentieel.01': 'bijna_klaar', 'regio.eenvoudiger-uitvoering.06': ['taakgericht'] });
  await seedResponse(s, 'RIJK', { 'rijk.aanpalende-domeinen.02': 'ja', 'rijk.aanpalende-domeinen.02.toelichting': 'Uitgewerkt met VNG.' });
  await seedResponse(s, 'VNG', { 'vng.aanpalende-domeinen.02': 'nee' });
});
afterAll(() => ctx.close());

const cellsOf = (page: ReturnType<typeof $>, rowId: string) => page(`#${rowId} td`).map((_, el) => page(el).text().trim()).get();

describe('theme page', () => {
  it('shows the report layout with n, percentages and a chart with its text', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const page = $((await agent.get(`/monitor/${WAVE}/thema/residentieel`)).text);
    const table = page('#tabel-gemeente');
    expect(table.find('caption').text().trim()).toBe('Gemeenten (n = 7)');
    expect(table.find('thead th').map((_, el) => page(el).text()).get()).toEqual([
      'Afspraak', 'Planning HA/IP (indien bekend)', 'Nog niet begonnen', 'Mee bezig', 'Bijna klaar', 'Afgerond', 'n', 'Verdeling',
    ]);
    const cells = cellsOf(page, 'rij-gemeente-residentieel-01');
    expect(cells.slice(1, 6)).toEqual(['14%', '57%', '0%', '29%', '7']);
    const svg = table.find('#rij-gemeente-residentieel-01 svg');
    expect(svg.attr('role')).toBe('img');
    expect(svg.find('title').text()).toBe('Nog niet begonnen 14%, Mee bezig 57%, Bijna klaar 0%, Afgerond 29%');
    expect(page('.legend').first().text()).toContain('Nog niet begonnen');
    // Single organisation: the answer itself in its column.
    const rijk = $((await agent.get(`/monitor/${WAVE}/thema/aanpalende-domeinen`)).text);
    expect(rijk('#rij-rijk-aanpalende-domeinen-02 .cell--chosen').text()).toBe('Ja');
    expect(rijk('#rij-rijk-aanpalende-domeinen-02 th').text()).toContain('Antwoord verschilt van een andere partij');
    expect(rijk('#afspraak-samenwerking-jeugdhulp-volwassen-ggz').text()).toContain('Antwoorden verschillen');
  });

  it('filters by region with n, and hides groups under 5', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const res = await agent.get(`/monitor/${WAVE}/thema/residentieel?regio=JZ01`);
    const page = $(res.text);
    expect(page('#tabel-gemeente caption').text().trim()).toBe('Gemeenten (n = 6)');
    expect(cellsOf(page, 'rij-gemeente-residentieel-01').slice(1, 5)).toEqual(['0%', '67%', '0%', '33%']);
    expect(page('#regio option[selected]').text()).toBe('Groningen');
    const small = $((await agent.get(`/monitor/${WAVE}/thema/residentieel?regio=JZ13`)).text);
    expect(small('#tabel-gemeente-kop').parent().text()).toContain('Niet getoond: minder dan 5 respondenten');
    expect(small('#tabel-gemeente').length).toBe(0);
  });

  it('answers a bad filter with 422, the message at the field and the typed value kept', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const res = await agent.get(`/monitor/${WAVE}/thema/residentieel?provincie=PV99&inwoners=veel`);
    expect(res.status).toBe(422);
    const page = $(res.text);
    expect(page('.error-summary a[href="#provincie"]').text()).toContain('Provincie ‘PV99’ bestaat niet');
    expect(page('.error-summary a[href="#inwoners"]').length).toBe(1);
    expect(page('#provincie').attr('aria-invalid')).toBe('true');
    expect(page('#provincie-fout').text()).toContain('PV99');
    expect(page('#provincie option[selected]').attr('value')).toBe('PV99');
    expect(page('#tabel-gemeente').length).toBe(0);
  });
});

describe('benchmark', () => {
  it('shows a gemeente its own answer beside the national and regional distribution', async () => {
    const { agent } = await ctx.login('gron@example.nl');
    const res = await agent.get(`/monitor/${WAVE}/vergelijken?organisatie=GM0363`);
    expect(res.status).toBe(200);
    const page = $(res.text);
    expect(page('h1').text()).toContain('Groningen'); // its own organisation, not the one asked for
    const row = page('th:contains("Onze gemeente bevordert aantoonbaar de inzet van informele steunfiguren")').parent();
    const cells = row.find('td').map((_, el) => page(el).text().replace(/\s+/g, ' ').trim()).get();
    expect(cells[0]).toBe('Mee bezig');
    expect(cells[1]).toContain('n = 7: Nog niet begonnen 14%, Mee bezig 57%');
    expect(cells[2]).toContain('n = 6: Nog niet begonnen 0%, Mee bezig 67%');
  });

  it('compares with another submitted organisation of its kind', async () => {
    const { agent } = await ctx.login('gron@example.nl');
    const page = $((await agent.get(`/monitor/${WAVE}/vergelijken?met=GM0363`)).text);
    expect(page('thead th').last().text()).toBe('Amsterdam');
    const row = page('th:contains("Onze gemeente bevordert aantoonbaar")').parent();
    expect(row.find('td').last().text()).toBe('Nog niet begonnen');
    expect(page('#met option').map((_, el) => page(el).attr('value')).get()).not.toContain('GM0344'); // not submitted
    const refused = await agent.get(`/monitor/${WAVE}/vergelijken?met=GM0344`);
    expect(refused.status).toBe(422);
    expect($(refused.text)('#met-fout').text()).toContain('ingediend');
  });

  it('shows a regio its own gemeenten on the questions asked of both', async () => {
    const { agent } = await ctx.login('regio@example.nl');
    const page = $((await agent.get(`/monitor/${WAVE}/vergelijken`)).text);
    const row = page('th:contains("Onze regio bevordert aantoonbaar de inzet van informele steunfiguren")').parent();
    const cells = row.find('td').map((_, el) => page(el).text().replace(/\s+/g, ' ').trim()).get();
    expect(cells[0]).toBe('Bijna klaar');
    expect(cells[1]).toContain('n = 1: Nog niet begonnen 0%, Mee bezig 0%, Bijna klaar 100%');
    expect(cells[2]).toContain('n = 6: Nog niet begonnen 0%, Mee bezig 67%');
    expect(page('th:contains("Gemeenten in uw regio")').length).toBeGreaterThan(0);
  });

  it('lets staff choose the organisation', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const empty = $((await agent.get(`/monitor/${WAVE}/vergelijken`)).text);
    expect(empty('#organisatie optgroup[label="Gemeenten"] option').length).toBe(342);
    expect(empty('.benchmark-table').length).toBe(0);
    const page = $((await agent.get(`/monitor/${WAVE}/vergelijken?organisatie=gm0363`)).text);
    expect(page('h1').text()).toBe('Vergelijken: Amsterdam');
    const unknown = await agent.get(`/monitor/${WAVE}/vergelijken?organisatie=GM9999`);
    expect(unknown.status).toBe(422);
    expect($(unknown.text)('#organisatie-fout').text()).toContain('GM9999');
  });

  it('is for gemeenten and regio’s only', async () => {
    const { agent } = await ctx.login('rijk@example.nl');
    const res = await agent.get(`/monitor/${WAVE}/vergelijken`);
    expect(res.status).toBe(422);
    expect($(res.text)('.error-summary').text()).toContain("Vergelijken kan voor gemeenten en jeugdhulpregio's.");
  });
});

describe('a region against its municipalities', () => {
  it('puts the region’s answer beside its own gemeenten', async () => {
    const { agent } = await ctx.login('regio@example.nl');
    const page = $((await agent.get(`/monitor/${WAVE}/regio`)).text);
    expect(page('h1').text()).toContain('Groningen');
    const row = page('th:contains("Onze regio bevordert aantoonbaar de inzet van informele steunfiguren")').parent();
    const cells = row.find('td').map((_, el) => page(el).text().replace(/\s+/g, ' ').trim()).get();
    expect(cells[0]).toBe('Bijna klaar');
    expect(cells[1]).toContain('n = 6: Nog niet begonnen 0%, Mee bezig 67%, Bijna klaar 0%, Afgerond 33%');
    const inkoop = page('th:contains("Welk inkoopmodel hanteert uw regio?")').parent();
    expect(inkoop.find('td').first().text()).toBe('Taakgericht');
    expect(inkoop.text()).toContain('Inspanningsgericht 100%');
  });

  it('rejects an unknown region with 422', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const res = await agent.get(`/monitor/${WAVE}/regio?regio=JZ99`);
    expect(res.status).toBe(422);
    expect($(res.text)('#regio-fout').text()).toContain('JZ99');
  });
});

describe('explanations', () => {
  it('are searchable and name the organisation for analysts', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const page = $((await agent.get(`/monitor/${WAVE}/toelichtingen?zoek=leger+des+heils`)).text);
    const items = page('.explanation-list__item');
    expect(items.length).toBe(1);
    expect(items.text()).toContain('Groningen');
    expect(items.text()).toContain('Antwoord: Mee bezig');
    expect(page('[role="status"]').text()).toContain('1 toelichting');
  });

  it('leave out concept responses and names for respondents', async () => {
    const { agent } = await ctx.login('gron@example.nl');
    const page = $((await agent.get(`/monitor/${WAVE}/toelichtingen?thema=residentieel`)).text);
    expect(page('.explanation-list__item').length).toBe(6);
    expect(page('.explanation-list').text()).not.toContain('Concept: telt niet mee.');
    expect(page('.explanation-list strong').length).toBe(0);
    expect(page('.explanation-list').text()).not.toMatch(/Groningen|Appingedam|Delfzijl/);
    // Searching for an organisation name finds nothing for them.
    const byName = $((await agent.get(`/monitor/${WAVE}/toelichtingen?zoek=Amsterdam`)).text);
    expect(byName('.explanation-list__item').length).toBe(0);
  });

  it('filters by party', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const page = $((await agent.get(`/monitor/${WAVE}/toelichtingen?partij=rijk`)).text);
    expect(page('.explanation-list__item').length).toBe(1);
    expect(page('.explanation-list').text()).toContain('Uitgewerkt met VNG.');
  });
});

describe('overview and behind schedule', () => {
  it('lists respondents per party, themes and the shared agreements that differ', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const page = $((await agent.get(`/monitor/${WAVE}`)).text);
    const respondents = page('.respondents-table tbody tr').map((_, el) => page(el).children().map((__, c) => page(c).text().trim()).get().join(' ')).get();
    expect(respondents).toContain('Gemeenten 7');
    expect(respondents).toContain("Jeugdhulpregio's 1");
    expect(page('.theme-list li').length).toBe(9);
    expect(page('body').text()).toContain('Rijk Ja, VNG Nee');
  });

  it('lists agreements behind schedule with their planning', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    await seedResponse(ctx.services, 'KBL', { 'kbl.kwaliteit.02': 'mee_bezig', 'kbl.kwaliteit.01': 'afgerond' });
    const page = $((await agent.get(`/monitor/${WAVE}/achterstand`)).text);
    const rows = page('.behind-table tbody tr').map((_, el) => page(el).children().map((__, c) => page(c).text().trim()).get().join(' | ')).get();
    const kbl = rows.find((r) => r.includes('set gezamenlijk gedragen kwaliteitskaders'));
    expect(kbl).toContain('KBL');
    expect(kbl).toContain('In 2023');
    expect(kbl).toContain('klaar op 31 december 2023');
    expect(kbl).toContain('Mee bezig');
    expect(rows.some((r) => r.includes('governance model'))).toBe(false);
  });
});
