/**
 * Issue 14, points 5 and 6: explanations filtered by answer, province and region (all monitor
 * dimensions), paged on the server; a table row's explanations under the page's filter; and the same
 * filters on the compare and region pages. Expectations come from the reference data of the seeded
 * organisations; the results are read from the pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gemeenten, type ReferenceOrganisation } from '../support/arrange.ts';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { seedResponse, WAVE } from './fixtures.ts';

let ctx: TestContext;
const Q = 'gemeente.residentieel.01';
let seeded: ReferenceOrganisation[];
const answerOf = (i: number) => (i % 3 === 0 ? 'afgerond' : 'mee_bezig');
const m = `/monitor/${WAVE}`;

beforeAll(async () => {
  ctx = await createTestContext();
  const s = ctx.services;
  await ctx.addUser('analist@example.nl', 'analyst');
  await ctx.addUser('gron@example.nl', 'respondent', 'GM0014');
  const all = await gemeenten(s);
  // 55 gemeenten with an explanation (more than one page of 50), among them Groningen (GM0014) and its region JZ01.
  seeded = [...all.filter((o) => o.region_code === 'JZ01'), ...all.filter((o) => o.region_code !== 'JZ01')].slice(0, 55);
  for (const [i, o] of seeded.entries()) {
    await seedResponse(s, o.code, { [Q]: answerOf(i), [`${Q}.toelichting`]: `Toelichting van ${o.name}` });
  }
  await seedResponse(s, 'RIJK', { 'rijk.reikwijdte.01': 'mee_bezig', 'rijk.reikwijdte.01.toelichting': 'Landelijke toelichting' });
});
afterAll(() => ctx.close());

const names = (page: ReturnType<typeof $>) => page('.explanation-list__meta strong').map((_i, el) => page(el).text()).get().sort();
const status = (page: ReturnType<typeof $>) => page('p[role="status"]').text().replace(/\s+/g, ' ').trim();

describe('the explanations page', () => {
  it('filters by answer', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const page = $((await agent.get(`${m}/toelichtingen?vraag=${Q}&antwoord=afgerond`)).text);
    const expected = seeded.filter((_o, i) => answerOf(i) === 'afgerond');
    expect(status(page)).toBe(`${expected.length} toelichtingen.`);
    const metas = page('.explanation-list__meta').map((_i, el) => page(el).text()).get();
    expect(metas.every((t) => t.endsWith('Antwoord: Afgerond'))).toBe(true);
    expect(page('#antwoord option[selected]').attr('value')).toBe('afgerond');
  });

  it('filters by province and region; national bodies are in no province', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const everything = $((await agent.get(`${m}/toelichtingen?zoek=landelijke`)).text);
    expect(status(everything)).toBe('1 toelichting met ‘landelijke’.');
    const province = seeded[12]!.province_code!;
    const page = $((await agent.get(`${m}/toelichtingen?provincie=${province}`)).text);
    expect(names(page)).toEqual(seeded.filter((o) => o.province_code === province).map((o) => o.name).sort());
    expect(page('main').text()).not.toContain('Landelijke toelichting');
    const region = $((await agent.get(`${m}/toelichtingen?regio=JZ01`)).text);
    expect(names(region)).toEqual(seeded.filter((o) => o.region_code === 'JZ01').map((o) => o.name).sort());
    expect(status(region)).toContain('(jeugdhulpregio Groningen)');
  });

  it('shows a respondent the same filtered explanations without names', async () => {
    const { agent } = await ctx.login('gron@example.nl');
    const page = $((await agent.get(`${m}/toelichtingen?regio=JZ01&inwoners=lt100k`)).text);
    const expected = seeded.filter((o) => o.region_code === 'JZ01' && (o.inhabitants ?? 0) <= 100_000);
    expect(page('.explanation-list__item').length).toBe(expected.length);
    expect(page('.explanation-list__meta strong').length).toBe(0);
  });

  it('is paged on the server, 50 at a time, keeping the filter in the pager', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const first = $((await agent.get(`${m}/toelichtingen?partij=gemeente`)).text);
    expect(status(first)).toBe('55 toelichtingen; pagina 1 van 2.');
    expect(first('.explanation-list__item').length).toBe(50);
    const next = first('nav.coord-pager a[rel="next"]').attr('href')!;
    expect(next).toBe(`${m}/toelichtingen?partij=gemeente&pagina=2`);
    const second = $((await agent.get(next)).text);
    expect(second('.explanation-list__item').length).toBe(5);
    expect(second('nav.coord-pager a[aria-current="page"]').text()).toBe('Pagina 2');
    const beyond = $((await agent.get(`${m}/toelichtingen?partij=gemeente&pagina=99`)).text);
    expect(beyond('.explanation-list__item').length).toBe(5); // the last page
    const shown = [...names(first), ...names(second)];
    expect(new Set(shown).size).toBe(55); // every explanation once
  });

  it('answers an unknown answer with 422 and the message at the field', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const res = await agent.get(`${m}/toelichtingen?antwoord=misschien`);
    expect(res.status).toBe(422);
    const page = $(res.text);
    expect(page('.error-summary a[href="#antwoord"]').text()).toBe('Kies een antwoord uit de lijst.');
    expect(page('#antwoord').attr('aria-invalid')).toBe('true');
    expect(page('#antwoord option[selected]').attr('value')).toBe('misschien');
  });
});

describe('explanations beside the table rows, under the filter', () => {
  it('opens the filtered explanations in place and links to the page with the same filter', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const page = $((await agent.get(`${m}/thema/residentieel?regio=JZ01`)).text);
    const details = page(`#rij-${Q.replaceAll('.', '-')} details.row-explanations`);
    const inRegion = seeded.filter((o) => o.region_code === 'JZ01');
    expect(details.find('summary').text()).toBe(`${inRegion.length} toelichtingen bij deze vraag`);
    expect(details.find('.explanation-list__item').length).toBe(3); // the first few; the rest behind the link
    const href = details.find('a.explanations-link').attr('href')!;
    expect(href).toBe(`${m}/toelichtingen?regio=JZ01&vraag=${encodeURIComponent(Q)}`);
    expect($((await agent.get(href)).text)('.explanation-list__item').length).toBe(inRegion.length);
  });
});

describe('filters on the compare and region pages', () => {
  it('compares with the chosen group of gemeenten', async () => {
    const { agent } = await ctx.login('gron@example.nl');
    const res = await agent.get(`${m}/vergelijken?inwoners=lt100k`);
    expect(res.status).toBe(200);
    const page = $(res.text);
    expect(page('thead th').eq(2).text()).toBe('Landelijk: 100.000 inwoners of minder');
    const row = page('th:contains("Onze gemeente bevordert aantoonbaar de inzet van informele steunfiguren")').parent();
    const small = seeded.filter((o) => (o.inhabitants ?? 0) <= 100_000);
    expect(row.find('td').eq(1).text()).toContain(`n = ${small.length}:`);
    expect(page('#inwoners option[selected]').attr('value')).toBe('lt100k');
    // The navigation keeps the filter.
    expect(page('nav.monitor-nav a[href*="/toelichtingen"]').attr('href')).toBe(`${m}/toelichtingen?inwoners=lt100k`);
    const bad = await agent.get(`${m}/vergelijken?provincie=PV99`);
    expect(bad.status).toBe(422);
    expect($(bad.text)('#provincie-fout').text()).toContain('PV99');
  });

  it('narrows the municipalities of a region', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const inRegion = seeded.filter((o) => o.region_code === 'JZ01');
    const small = inRegion.filter((o) => (o.inhabitants ?? 0) <= 100_000);
    expect(small.length).toBeGreaterThanOrEqual(5);
    const cellOf = (page: ReturnType<typeof $>) =>
      page('tr:has(th:contains("Onze regio bevordert aantoonbaar de inzet van informele steunfiguren")) td').eq(1).text();
    const all = $((await agent.get(`${m}/regio?regio=JZ01`)).text);
    expect(cellOf(all)).toContain(`n = ${inRegion.length}:`);
    const res = await agent.get(`${m}/regio?regio=JZ01&inwoners=lt100k`);
    expect(res.status).toBe(200);
    const page = $(res.text);
    expect(cellOf(page)).toContain(`n = ${small.length}:`);
    expect(page('th:contains("Gemeenten in de regio: 100.000 inwoners of minder")').length).toBe(1);
    expect(page('select[name="regio"]').length).toBe(1); // the page's own region choice, not twice
    expect(page('.filter-form input[type="hidden"][name="regio"]').attr('value')).toBe('JZ01');
  });

  it('keeps the whole filter, unsubmitted answers included, when another region or organisation is chosen', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    // The form that chooses another region or organisation (not the filter form itself).
    const hidden = (page: ReturnType<typeof $>, action: string) => Object.fromEntries(
      page(`form[action="${m}/${action}"]:not(:has(#concepten)) input[type="hidden"]`).map((_i, el) => [[page(el).attr('name'), page(el).attr('value')]]).get(),
    );
    const region = $((await agent.get(`${m}/regio?regio=JZ01&inwoners=lt100k&concepten=1`)).text);
    expect(hidden(region, 'regio')).toEqual({ inwoners: 'lt100k', concepten: '1' });
    const compare = $((await agent.get(`${m}/vergelijken?organisatie=GM0014&inwoners=lt100k&concepten=1`)).text);
    expect(hidden(compare, 'vergelijken')).toMatchObject({ inwoners: 'lt100k', concepten: '1' });
    const without = $((await agent.get(`${m}/regio?regio=JZ01&inwoners=lt100k`)).text);
    expect(hidden(without, 'regio')).toEqual({ inwoners: 'lt100k' });
  });
});
