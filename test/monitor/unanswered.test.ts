/**
 * Issue 14, point 3: unanswered is never a finding. An empty filter combination is not 'fewer than
 * five respondents'; an overdue agreement without an answer is listed as such, not left out; a
 * shared agreement one party has not answered does not count as 'no difference'; a missing answer
 * in a single party's table is one centred cell, not text under the first answer column.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WaveTables } from '../../server/domain/monitor/types.ts';
import { buildWaveTables } from '../../server/services/monitorTables.ts';
import { $, createTestContext, type Session, type TestContext } from '../support/context.ts';
import { seedResponse, WAVE } from './fixtures.ts';

let ctx: TestContext;
let analyst: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  const s = ctx.services;
  analyst = await ctx.loginAs('analist@example.nl', 'analyst');
  // Rijk: one due agreement not started (behind), one shared agreement answered; the others blank.
  // VNG has no response at all.
  await seedResponse(s, 'RIJK', { 'rijk.reikwijdte.01': 'niet_begonnen', 'rijk.aanpalende-domeinen.02': 'ja' });
  for (const code of ['GM0014', 'GM0034', 'GM0037']) await seedResponse(s, code, { 'gemeente.aanpalende-domeinen.01': 'ja' });
});
afterAll(() => ctx.close());

const tableOf = (t: WaveTables, actor: string) => t.themes.flatMap((x) => x.tables).find((x) => x.actor === actor)!;

describe('an empty filter combination', () => {
  // Province Groningen and region Amsterdam-Amstelland: no gemeente lies in both.
  const empty = '?provincie=PV20&regio=JZ13';

  it('is marked empty in the data, apart from a small group', async () => {
    const none = await buildWaveTables(ctx.services, WAVE, { province: 'PV20', region: 'JZ13' });
    expect(tableOf(none, 'gemeente')).toMatchObject({ organisations: 0, empty: true, n: 0 });
    const small = await buildWaveTables(ctx.services, WAVE, { region: 'JZ01' });
    const gemeenten = tableOf(small, 'gemeente');
    expect(gemeenten.empty).toBe(false);
    expect(gemeenten.organisations).toBeGreaterThan(5);
    expect(gemeenten.suppressed).toBe(true);
    // Without a segment nobody is counted in the register: null, not 0.
    expect(tableOf(await buildWaveTables(ctx.services, WAVE, {}), 'gemeente')).toMatchObject({ organisations: null, empty: false });
  });

  it("says 'geen organisaties in deze selectie' instead of 'minder dan 5 respondenten'", async () => {
    const res = await analyst.agent.get(`/monitor/${WAVE}/thema/aanpalende-domeinen${empty}`);
    expect(res.status).toBe(200);
    const page = $(res.text);
    const section = page('#tabel-gemeente-kop').closest('section');
    expect(section.text()).toContain('Geen organisaties in deze selectie');
    expect(section.text()).not.toContain('minder dan 5');
    // A small but real group still says why its figures are hidden.
    const small = $((await analyst.agent.get(`/monitor/${WAVE}/thema/aanpalende-domeinen?regio=JZ01`)).text);
    expect(small('#tabel-gemeente-kop').closest('section').text()).toContain('minder dan 5 respondenten');
  });

  it('says so for the informative questions too', async () => {
    const page = $((await analyst.agent.get(`/monitor/${WAVE}/thema/aanpalende-domeinen${empty}`)).text);
    const info = page('section.informative').filter((_i, el) => page(el).find('h3').text().startsWith('Gemeenten'));
    expect(info.length).toBeGreaterThan(0);
    info.each((_i, el) => { expect(page(el).text()).toContain('Geen organisaties in deze selectie'); });
  });
});

describe('overdue agreements without an answer', () => {
  it('are listed as unanswered, apart from those behind', async () => {
    const t = await buildWaveTables(ctx.services, WAVE, {});
    const item = (id: string) => t.behindSchedule.find((b) => b.questionId === id);
    expect(item('rijk.reikwijdte.01')).toMatchObject({ unanswered: false, answer: { code: 'niet_begonnen' } });
    // 'Klaar Q1 2024', due before the reference date, and Rijk left it blank.
    expect(item('rijk.reikwijdte.02')).toMatchObject({ unanswered: true, answer: null, n: 0 });
    // VNG gave no answers at all: its due agreements are listed too.
    expect(item('vng.aanpalende-domeinen.02')).toMatchObject({ unanswered: true });
    // Not yet due ('Klaar Q4 2024') and unanswered: not listed.
    expect(item('rijk.eenvoudiger-uitvoering.05')).toBeUndefined();
  });

  it("show 'geen antwoord, deadline verstreken' on the behind-schedule page", async () => {
    const page = $((await analyst.agent.get(`/monitor/${WAVE}/achterstand`)).text);
    const row = page('table.behind-table tbody tr').filter((_i, el) => (page(el).find('a').attr('href') ?? '').endsWith('#rij-rijk-reikwijdte-02'));
    expect(row.find('td').last().text().trim()).toBe('geen antwoord, deadline verstreken');
    const behind = page('table.behind-table tbody tr').filter((_i, el) => (page(el).find('a').attr('href') ?? '').endsWith('#rij-rijk-reikwijdte-01'));
    expect(behind.find('td').last().text().trim()).toBe('Nog niet begonnen');
    expect(page('table.behind-table caption').text()).toMatch(/zonder antwoord terwijl de deadline is verstreken/);
  });
});

describe('shared agreements one party has not answered', () => {
  it('do not differ, and name who has not answered', async () => {
    const t = await buildWaveTables(ctx.services, WAVE, {});
    const a = t.agreements.find((x) => x.key === 'samenwerking-jeugdhulp-volwassen-ggz')!;
    expect(a.differs).toBe(false);
    expect(a.unansweredBy).toEqual(['VNG']);
  });

  it("are not reported as 'no differences': the start page says 'nog geen antwoord van VNG'", async () => {
    const page = $((await analyst.agent.get(`/monitor/${WAVE}`)).text);
    const text = page('main').text();
    expect(text).not.toContain('Geen verschillen tussen partijen bij gedeelde afspraken.');
    const item = page('li').filter((_i, el) => (page(el).find('a').attr('href') ?? '').endsWith('#afspraak-samenwerking-jeugdhulp-volwassen-ggz'));
    expect(item.text()).toContain('nog geen antwoord van VNG');
    const theme = $((await analyst.agent.get(`/monitor/${WAVE}/thema/aanpalende-domeinen`)).text);
    expect(theme('#afspraak-samenwerking-jeugdhulp-volwassen-ggz caption').text()).toContain('Nog geen antwoord van VNG');
  });
});

describe("a single party's missing answer", () => {
  it('is one merged, centred cell over the answer columns', async () => {
    const page = $((await analyst.agent.get(`/monitor/${WAVE}/thema/reikwijdte`)).text);
    const cells = page('#rij-rijk-reikwijdte-02 td.cell--no-answer');
    expect(cells.length).toBe(1);
    expect(cells.text().trim()).toBe('Geen antwoord');
    expect(cells.attr('colspan')).toBe('4');
    // An answered row has one cell per column, no merged cell.
    expect(page('#rij-rijk-reikwijdte-01 td.cell--no-answer').length).toBe(0);
  });
});
