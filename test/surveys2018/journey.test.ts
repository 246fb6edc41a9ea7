import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildResponseOverview } from '../../server/services/responseOverview.ts';
import { buildWaveTables } from '../../server/services/monitorTables.ts';
import { loadResponseView, saveAnswers, submitResponse } from '../../server/services/responses.ts';
import { $, createTestContext, type Session, type TestContext } from '../support/context.ts';
import { WAVE as WAVE_2024, WAVE_2018 as WAVE } from '../support/wave.ts';

// The second survey runs beside the 2024 monitor on one instance: its own organisations (the 42
// youth-care regions of 2018), wave, questionnaire and monitor tables. In September 2018 its
// wave is open (definition dates) and the 2024 wave is not yet.
const ORG = 'TP1813'; // Amsterdam-Amstelland
const base = `/vragenlijst/${WAVE}/${ORG}`;
const MAIN = 'jeugdzorgregio.toegang.01';
let ctx: TestContext;
let s: Session;

async function post(url: string, fields: Record<string, string | string[]>) {
  const page = $((await s.agent.get(url)).text);
  const body = new URLSearchParams({ _csrf: s.csrf, version: String(page('input[name="version"]').val()) });
  for (const [k, v] of Object.entries(fields)) for (const one of ([] as string[]).concat(v)) body.append(k, one);
  return s.agent.post(url).type('form').send(body.toString());
}

beforeAll(async () => {
  ctx = await createTestContext(new Date('2018-09-03T10:00:00Z'));
  await ctx.addUser('analist@example.nl', 'analyst');
  s = await ctx.loginAs('ams2018@example.nl', 'respondent', ORG);
});
afterAll(() => ctx.close());

describe('the 2018 transformation plans beside the 2024 monitor', () => {
  it('has its own wave and its own 42 organisations, apart from the 2024 ones', async () => {
    const w2018 = await buildResponseOverview(ctx.services, WAVE);
    const w2024 = await buildResponseOverview(ctx.services, WAVE_2024);
    expect(w2018.total.organisations).toBe(42);
    expect(w2018.rows.map((r) => r.label)).toEqual(["Jeugdzorgregio's"]);
    expect(w2024.total.organisations).toBe(342 + 42 + 5);
    expect(w2024.organisations.some((o) => o.code.startsWith('TP18'))).toBe(false);
    expect(w2018.organisations.find((o) => o.code === ORG)?.name).toBe('Amsterdam-Amstelland');
  });

  it('shows a region of 2018 only its own wave, and sends it there', async () => {
    const home = $((await s.agent.get('/')).text);
    const links = home('a[href^="/vragenlijst/"]').map((_i, el) => home(el).attr('href')).get();
    expect(links).toEqual([base]);
    const res = await s.agent.get('/vragenlijst');
    expect(res.headers.location).toBe(base);
    expect((await s.agent.get(`/vragenlijst/${WAVE_2024}/${ORG}`)).status).toBe(404);
  });

  it('lists the six action lines with progress on the start page', async () => {
    const page = $((await s.agent.get(base)).text);
    const rows = page('.progress-table tbody tr').map((_i, el) => page(el).text().replace(/\s+/g, ' ').trim()).get();
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatch(/Betere toegang tot jeugdhulp/);
    expect(rows[5]).toMatch(/Investeren in vakmanschap/);
  });

  it('asks the main themes as multiple choice, then the sub-themes of the chosen ones, and submits', async () => {
    const url = `${base}/thema/toegang`;
    const first = $((await s.agent.get(url)).text);
    expect(first(`input[type="checkbox"][name="${MAIN}"]`).map((_i, el) => first(el).attr('value')).get())
      .toEqual(['lokaal_team', 'taken_toegang', 'toegangspoorten']);
    expect(first(`textarea[name="${MAIN}.toelichting"]`)).toHaveLength(1);
    // The action line's description from the programme, as help beside the question.
    expect(first('main').text()).toContain('Uit het programma Zorg voor de Jeugd: Kinderen en gezinnen weten waar ze voor hulp terecht kunnen');
    expect((await post(url, { [MAIN]: ['lokaal_team', 'toegangspoorten'], [`${MAIN}.toelichting`]: 'Zie ons plan.' })).status).toBe(303);
    expect((await post(url, {
      [MAIN]: ['lokaal_team', 'toegangspoorten'], [`${MAIN}.toelichting`]: 'Zie ons plan.',
      'jeugdzorgregio.toegang.02': ['eenduidige_visie'], 'jeugdzorgregio.toegang.04': ['huis_artsen_bv_poh_ggz', 'onderwijs'],
    })).status).toBe(303);
    const page = $((await s.agent.get(url)).text);
    expect(page(`input[name="${MAIN}"][value="toegangspoorten"]`).attr('checked')).toBeDefined();
    expect(page('input[name="jeugdzorgregio.toegang.04"][value="onderwijs"]').attr('checked')).toBeDefined();
    const res = await s.agent.post(`${base}/indienen`).type('form').send({ _csrf: s.csrf });
    expect(res.status).toBe(303);
    const stored = await loadResponseView(ctx.services, WAVE, ORG);
    expect(stored.submitted).toBe(true);
    expect(stored.answers).toEqual({
      [MAIN]: ['lokaal_team', 'toegangspoorten'], [`${MAIN}.toelichting`]: 'Zie ons plan.',
      'jeugdzorgregio.toegang.02': ['eenduidige_visie'], 'jeugdzorgregio.toegang.04': ['huis_artsen_bv_poh_ggz', 'onderwijs'],
    });
  });

  it('counts in the monitor how many regions chose each main theme', async () => {
    for (const [org, chosen] of [['TP1801', ['lokaal_team']], ['TP1802', ['lokaal_team', 'taken_toegang']]] as const) {
      const saved = await saveAnswers(ctx.services, { waveId: WAVE, orgCode: org, userId: null, baseVersion: null, input: { [MAIN]: [...chosen] }, mode: 'json', channel: 'web' });
      expect(saved.kind).toBe('saved');
      await submitResponse(ctx.services, WAVE, org, null);
    }
    const tables = await buildWaveTables(ctx.services, WAVE, {});
    const stat = tables.themes.find((t) => t.id === 'toegang')!.informative.find((i) => i.questionId === MAIN)!;
    expect(stat.n).toBe(3);
    expect(Object.fromEntries(stat.options!.map((o) => [o.label, o.count]))).toEqual({
      'Doorontwikkeling (visie) lokaal team': 3, 'Taken toegang': 1, 'Stimuleren samenwerking toegangspoorten': 1,
    });
    const analyst = await ctx.login('analist@example.nl');
    const page = $((await analyst.agent.get(`/monitor/${WAVE}/thema/toegang`)).text);
    expect(page('main').text()).toContain('Stimuleren samenwerking toegangspoorten');
  });
});
