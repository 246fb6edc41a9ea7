import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWave } from '../../server/services/syntheticWave.ts';
import { $, createTestContext, type Session, type TestContext } from '../support/context.ts';
import { SURVEY_2018, WAVE as WAVE_2024, WAVE_2018 as WAVE } from '../support/wave.ts';

// The monitor of the 2018 survey: one actor kind (jeugdzorgregio) without an area, so no monitor
// dimension applies. Every page still works, and the filter offers only what applies.
const ORG = 'TP1813'; // Amsterdam-Amstelland
const survey = SURVEY_2018;
let ctx: TestContext;
let analyst: Session;

beforeAll(async () => {
  ctx = await createTestContext(new Date('2018-09-03T10:00:00Z'));
  await generateWave(ctx.database, survey, WAVE, { scale: 1, submitted: 1, fill: 1, at: '2018-09-01T10:00:00.000Z' });
  analyst = await ctx.loginAs('analist@example.nl', 'analyst');
});
afterAll(() => ctx.close());

const filterFields = (html: string): string[] => {
  const page = $(html);
  return page('.filter-form select').map((_i, el) => page(el).attr('name')).get();
};

describe('the monitor of the 2018 survey', () => {
  const pages = [
    '',
    ...survey.themes.map((t) => `/thema/${t.id}`),
    '/achterstand',
    '/vergelijken',
    `/vergelijken?organisatie=${ORG}`,
    '/regio',
    '/toelichtingen',
  ].map((path) => `/monitor/${WAVE}${path}`);

  it.each(pages)('answers 200 for an analyst on %s', async (url) => {
    const res = await analyst.agent.get(url);
    expect(res.status, res.text.slice(0, 500)).toBe(200);
  });

  it('benchmarks a region of 2018 against the other regions of 2018', async () => {
    const page = $((await analyst.agent.get(`/monitor/${WAVE}/vergelijken?organisatie=${ORG}`)).text);
    expect(page('h1').text()).toContain('Amsterdam-Amstelland');
    expect(page('optgroup').map((_i, el) => page(el).attr('label')).get()).toEqual(["Jeugdzorgregio's"]);
    expect(page('table.benchmark-table').length).toBeGreaterThan(0);
    const empty = $((await analyst.agent.get(`/monitor/${WAVE}/vergelijken`)).text);
    expect(empty('main').text()).toContain('Per vraag het antwoord van een jeugdzorgregio naast');
  });

  it('answers the tables API, counting the 42 regions', async () => {
    const res = await analyst.agent.get(`/api/waves/${WAVE}/tables`);
    expect(res.status).toBe(200);
    type Theme = { id: string; informative: { questionId: string; n: number }[] };
    const toegang = (res.body.themes as Theme[]).find((t) => t.id === 'toegang')!;
    expect(toegang.informative.find((i) => i.questionId === 'jeugdzorgregio.toegang.01')?.n).toBe(42);
  });

  it('offers no dimension filter, since none applies to its one kind, and ignores their keys', async () => {
    const res = await analyst.agent.get(`/monitor/${WAVE}`);
    expect(filterFields(res.text)).toEqual([]);
    expect($(res.text)('.filter-form').text()).not.toContain('gemeenten');
    const keyed = await analyst.agent.get(`/monitor/${WAVE}?provincie=PV27&inwoners=veel&regio=JZ13`);
    expect(keyed.status).toBe(200);
    expect(filterFields(keyed.text)).toEqual([]);
    const api = await analyst.agent.get(`/api/waves/${WAVE}/tables?provincie=PV27`);
    expect(api.status).toBe(200);
    expect(api.body.segmented).toBe(false);
  });

  it('offers the export page with only the kind to choose, and exports under an ignored dimension key', async () => {
    const res = await analyst.agent.get(`/analyse/${WAVE}`);
    expect(res.status).toBe(200);
    const page = $(res.text);
    expect(page('select').map((_i, el) => page(el).attr('name')).get()).toEqual(['soort']);
    const csv = await analyst.agent.get(`/analyse/${WAVE}/ruwe-data.csv?provincie=PV27`);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain(ORG);
  });

  it('keeps the four dimensions for the 2024 survey beside it', async () => {
    ctx.setNow(new Date('2024-05-15T10:00:00Z'));
    const res = await analyst.agent.get(`/monitor/${WAVE_2024}`);
    expect(res.status).toBe(200);
    expect(filterFields(res.text)).toEqual(['inwoners', 'provincie', 'regio', 'stedelijkheid']);
    expect($(res.text)('.filter-form').text()).toContain("Het filter geldt voor de tabellen van gemeenten en jeugdhulpregio's.");
    ctx.setNow(new Date('2018-09-03T10:00:00Z'));
  });
});
