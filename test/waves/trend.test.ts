/**
 * Two waves with a known set of answers and the movement tables computed by hand (issue 17): a merged
 * gemeente (fictional: Stadskanaal into Groningen), a new question, a retired one, a rewritten one
 * followed by its link, a changed planning, a group under 5, a participant's own path and the
 * answers that went back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, createTestContext, type Session, type TestContext } from '../support/context.ts';
import { seedResponse, WAVE } from '../support/wave.ts';
import { download, readXlsx } from '../exchange/support.ts';
import { MERGER_WAVE, mergerSurveyDir, openFollowing } from './support.ts';

const Q = 'gemeente.residentieel.01';
let ctx: TestContext;
let analyst: Session;
let groningen: Session;
let haarlem: Session;

/** 2024 (submitted unless said) and 2025 answers per organisation. */
const y2024: [string, Record<string, string>, boolean?][] = [
  ['GM0014', { [Q]: 'mee_bezig', 'gemeente.lokale-teams.05': 'ja', 'gemeente.lokale-teams.04': 'ja' }],
  ['GM0037', { [Q]: 'afgerond' }],
  ['GM0047', { [Q]: 'niet_begonnen', 'gemeente.lokale-teams.05': 'nee' }],
  ['GM0363', { [Q]: 'bijna_klaar' }],
  ['GM0034', { [Q]: 'afgerond' }],
  ['GM0050', { [Q]: 'mee_bezig' }, false],
  ['JZ01', { 'regio.residentieel.02': 'niet_begonnen' }],
  ['JZ13', { 'regio.residentieel.02': 'mee_bezig' }],
  ['RIJK', { 'rijk.reikwijdte.01': 'mee_bezig' }],
];
const y2025: [string, Record<string, string>][] = [
  ['GM0014', { [Q]: 'afgerond', 'gemeente.lokale-teams.11': 'ja', 'gemeente.residentieel.02': 'afgerond' }],
  ['GM0047', { [Q]: 'mee_bezig', 'gemeente.lokale-teams.11': 'ja', 'gemeente.residentieel.02': 'mee_bezig' }],
  ['GM0363', { [Q]: 'afgerond' }],
  ['GM0034', { [Q]: 'mee_bezig' }],
  ['GM0050', { [Q]: 'afgerond' }],
  ['JZ01', { 'regio.residentieel.02': 'mee_bezig' }],
  ['JZ13', { 'regio.residentieel.02': 'afgerond' }],
  ['RIJK', { 'rijk.reikwijdte.01': 'afgerond' }],
];

beforeAll(async () => {
  ctx = await createTestContext(new Date('2024-05-15T10:00:00Z'), {}, { extraSurveyDirs: [mergerSurveyDir()] });
  for (const [org, answers, submitted] of y2024) await seedResponse(ctx.services, org, answers, { submitted: submitted ?? true });
  await openFollowing(ctx.services, MERGER_WAVE);
  ctx.setNow(new Date('2025-05-15T10:00:00Z'));
  for (const [org, answers] of y2025) await seedResponse(ctx.services, org, answers, { wave: MERGER_WAVE });
  await ctx.addUser('analist@example.nl', 'analyst');
  await ctx.addUser('groningen@example.nl', 'respondent', 'GM0014');
  await ctx.addUser('haarlem@example.nl', 'respondent', 'GM0392');
  analyst = await ctx.login('analist@example.nl');
  groningen = await ctx.login('groningen@example.nl');
  haarlem = await ctx.login('haarlem@example.nl');
});
afterAll(() => ctx.close());

type Row = {
  questionId: string; previousId: string | null; actor: string; codes: string[];
  before: { n: number; cells: (number | null)[]; behindPercent: number | null; planning: string | null; chosen: string | null; suppressed: boolean } | null;
  after: { n: number; cells: (number | null)[]; behindPercent: number | null; planning: string | null; chosen: string | null; suppressed: boolean };
  change: (number | null)[] | null;
  transitions: { n: number; matrix: number[][] | null; forward: number | null; same: number | null; back: number | null; suppressed: boolean } | null;
};
const trend = async (query = '') => (await analyst.agent.get(`/api/waves/${MERGER_WAVE}/trend${query}`)).body as {
  rows: Row[]; retired: { id: string }[]; mergers: { from: string; to: string }[]; wentBack: { org: string; questionId: string; before: string; after: string }[];
};
const row = (rows: Row[], id: string, actor = id.split('.')[0]) => rows.find((r) => r.questionId === id && r.actor === actor)!;

describe('the movement between two waves, hand-computed', () => {
  it('gives both distributions, the change in points and the transitions, following the merged gemeente into its successor', async () => {
    const t = await trend();
    expect(t.mergers).toEqual([{ from: 'GM0037', to: 'GM0014' }]);
    const r = row(t.rows, Q);
    expect(r.codes).toEqual(['niet_begonnen', 'mee_bezig', 'bijna_klaar', 'afgerond']);
    // 2024: five submitted (GM0050 was a draft): 1 / 1 / 1 / 2 of 5.
    expect(r.before).toMatchObject({ n: 5, cells: [20, 20, 20, 40] });
    // 2025: GM0014, GM0047, GM0363, GM0034, GM0050: 0 / 2 / 0 / 3 of 5.
    expect(r.after).toMatchObject({ n: 5, cells: [0, 40, 0, 60] });
    expect(r.change).toEqual([-20, 20, -20, 20]);
    // Pairs: GM0014 (mee bezig → afgerond), GM0037 into GM0014 (afgerond → afgerond), GM0047 (nnb → mee bezig),
    // GM0363 (bijna klaar → afgerond), GM0034 (afgerond → mee bezig); GM0050 had no submitted 2024 answer.
    expect(r.transitions).toEqual({
      n: 5, forward: 3, same: 1, back: 1, suppressed: false,
      matrix: [[0, 1, 0, 0], [0, 0, 0, 1], [0, 0, 0, 1], [0, 1, 0, 1]],
    });
  });

  it('a new question has no trend; a retired one is listed; a rewritten one follows its link', async () => {
    const t = await trend();
    const added = row(t.rows, 'gemeente.residentieel.02');
    expect(added).toMatchObject({ previousId: null, before: null, change: null, transitions: null });
    expect(added.after).toMatchObject({ n: 2, cells: [0, 50, 0, 50] });
    expect(t.retired.map((q) => q.id)).toContain('gemeente.lokale-teams.04');
    expect(t.rows.some((x) => x.questionId === 'gemeente.lokale-teams.04')).toBe(false);
    const rewritten = row(t.rows, 'gemeente.lokale-teams.11');
    expect(rewritten.previousId).toBe('gemeente.lokale-teams.05');
    expect(rewritten.codes).toEqual(['ja', 'nee']);
    expect(rewritten.before).toMatchObject({ n: 2, cells: [50, 50] });
    expect(rewritten.after).toMatchObject({ n: 2, cells: [100, 0] });
    expect(rewritten.change).toEqual([50, -50]);
    expect(rewritten.transitions).toMatchObject({ n: 2, forward: 1, same: 1, back: 0, matrix: [[1, 0], [1, 0]] });
  });

  it('behind schedule per wave, each by its own planning and reference date', async () => {
    const r = row((await trend()).rows, 'regio.residentieel.02');
    // 2024 'Start in Q1 2024': only 'Nog niet begonnen' is behind (JZ01): 1 of 2.
    expect(r.before).toMatchObject({ planning: 'Start in Q1 2024', n: 2, behindPercent: 50 });
    // 2025 'Klaar Q2 2025', due on the reference date: JZ01 'Mee bezig' is behind, JZ13 'Afgerond' is not.
    expect(r.after).toMatchObject({ planning: 'Klaar Q2 2025', n: 2, behindPercent: 50 });
    expect(r.transitions).toMatchObject({ n: 2, forward: 2, same: 0, back: 0 });
    const rijk = row((await trend()).rows, 'rijk.reikwijdte.01');
    expect(rijk).toMatchObject({ before: { chosen: 'Mee bezig' }, after: { chosen: 'Afgerond' }, transitions: null });
  });

  it('hides percentages and transitions of a group under 5, with the same filter as the other tables', async () => {
    // Provincie Groningen: GM0014 and GM0047 in 2025 (2), GM0014, GM0037 and GM0047 in 2024 (3).
    const r = row((await trend('?provincie=PV20')).rows, Q);
    expect(r.after).toMatchObject({ n: 2, suppressed: true, cells: [null, null, null, null] });
    expect(r.before).toMatchObject({ n: 3, suppressed: true });
    expect(r.change).toEqual([null, null, null, null]);
    expect(r.transitions).toEqual({ n: 3, matrix: null, forward: null, same: null, back: null, suppressed: true });
    const page = $((await analyst.agent.get(`/monitor/${MERGER_WAVE}/ontwikkeling?provincie=PV20`)).text);
    expect(page('#ontw-gemeente-residentieel-01').text()).toContain('minder dan 5 organisaties antwoordden beide keren');
  });

  it('lists the answers that went back, per organisation, for coordinators', async () => {
    const t = await trend();
    expect(t.wentBack).toEqual([expect.objectContaining({ org: 'GM0034', questionId: Q, before: 'Afgerond', after: 'Mee bezig' })]);
    const page = $((await analyst.agent.get(`/monitor/${MERGER_WAVE}/ontwikkeling/teruggevallen`)).text);
    expect(page('tbody tr')).toHaveLength(1);
    expect(page('tbody tr').text()).toContain('Almere');
    expect((await groningen.agent.get(`/monitor/${MERGER_WAVE}/ontwikkeling/teruggevallen`)).status).toBe(403);
  });

  it('shows the page with both years side by side; a participant sees its own path, not the signal list', async () => {
    const page = $((await analyst.agent.get(`/monitor/${MERGER_WAVE}/ontwikkeling`)).text);
    const rows = page('#ontw-gemeente-residentieel-01 .trend-table tbody tr')
      .map((_i, el) => page(el).find('th, td').map((_j, c) => page(c).text().replace(/\s+/g, ' ').trim()).get().join(' | ')).get();
    expect(rows).toEqual([
      '2024 | 20% | 20% | 20% | 40% | 5 | geen planning', '2025 | 0% | 40% | 0% | 60% | 5 | geen planning',
      'Verschil (procentpunt) | -20 | +20 | -20 | +20 |  | ',
    ]);
    expect(page('#ontw-gemeente-residentieel-01').text()).toContain('3 vooruit');
    const own = $((await groningen.agent.get(`/monitor/${MERGER_WAVE}/ontwikkeling`)).text);
    expect(own('#ontw-gemeente-residentieel-01 .trend-path').text().replace(/\s+/g, ' ')).toBe('Uw organisatie: 2024: Mee bezig → 2025: Afgerond');
    expect(own('a[href$="/teruggevallen"]')).toHaveLength(0);
    // Haarlem has not submitted 2025: no monitor yet.
    expect((await haarlem.agent.get(`/monitor/${MERGER_WAVE}/ontwikkeling`)).status).toBe(403);
    expect((await haarlem.agent.get(`/api/waves/${MERGER_WAVE}/trend`)).status).toBe(403);
  });

  it('a wave without a previous wave says so', async () => {
    const page = await analyst.agent.get(`/monitor/${WAVE}/ontwikkeling`);
    expect(page.status).toBe(200);
    expect($(page.text)('main, body').text()).toContain('geen vorige ronde');
    expect((await analyst.agent.get(`/api/waves/${WAVE}/trend`)).status).toBe(404);
  });

  it("writes the same figures to the workbook's sheet 'Ontwikkeling' (read back with exceljs)", async () => {
    const { res, body } = await download(analyst.agent, `/analyse/${MERGER_WAVE}/werkboek.xlsx`);
    expect(res.status).toBe(200);
    const book = await readXlsx(body);
    const names = book.worksheets.map((w) => w.name);
    expect(names.indexOf('Ontwikkeling')).toBe(names.indexOf('Beleving') + 1);
    const ws = book.getWorksheet('Ontwikkeling')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 9)).toEqual(['Partij', 'Vraag-id', 'Vraag-id 2024', 'Thema', 'Afspraak', 'Antwoord', '% 2024', '% 2025', 'Verschil (procentpunt)']);
    const rows: unknown[][] = [];
    ws.eachRow((r, i) => { if (i > 1 && r.getCell(2).value === Q && r.getCell(1).value === 'Gemeenten') rows.push((r.values as unknown[]).slice(1)); });
    expect(rows.map((r) => [r[5], r[6], r[7], r[8], r[9], r[10]])).toEqual([
      ['Nog niet begonnen', 0.2, 0, -20, 5, 5],
      ['Mee bezig', 0.2, 0.4, 20, 5, 5],
      ['Bijna klaar', 0.2, 0, -20, 5, 5],
      ['Afgerond', 0.4, 0.6, 20, 5, 5],
    ]);
    expect(rows[0]!.slice(13)).toEqual([5, 3, 1, 1]);
    expect(ws.getRow(2).getCell(7).numFmt).toBe('0%');
    // The 2024 wave follows none: no such sheet.
    const old = await readXlsx((await download(analyst.agent, `/analyse/${WAVE}/werkboek.xlsx`)).body);
    expect(old.getWorksheet('Ontwikkeling')).toBeUndefined();
  });
});
