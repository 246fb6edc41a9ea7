import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, createTestContext, type Session, type TestContext } from '../support/context.ts';
import { seedResponse } from '../support/wave.ts';
import { open2025, postTheme2025, themeUrl2025, WAVE_2025 } from './support.ts';

const ORG = 'GM0363';
const OTHER = 'GM0014';
const base = `/vragenlijst/${WAVE_2025}/${ORG}`;
let ctx: TestContext;
let s: Session;
let analyst: Session;
let coord: Session;

beforeAll(async () => {
  ctx = await createTestContext(new Date('2024-05-15T10:00:00Z'));
  await seedResponse(ctx.services, ORG, {
    'gemeente.residentieel.01': 'mee_bezig', 'gemeente.residentieel.01.toelichting': 'Plan ligt bij de raad.',
    'gemeente.lokale-teams.01': 'ja', 'gemeente.lokale-teams.04': 'nee', 'gemeente.lokale-teams.05': 'nee',
    'gemeente.reikwijdte.01': 'nee',
  });
  await seedResponse(ctx.services, OTHER, { 'gemeente.residentieel.01': 'afgerond', 'gemeente.residentieel.01.toelichting': 'Geheim van Groningen.' });
  await open2025(ctx.services);
  ctx.setNow(new Date('2025-05-15T10:00:00Z'));
  await ctx.addUser('ams@example.nl', 'respondent', ORG);
  await ctx.addUser('analist@example.nl', 'analyst');
  await ctx.addUser('coord@example.nl', 'coordinator');
  s = await ctx.login('ams@example.nl');
  analyst = await ctx.login('analist@example.nl');
  coord = await ctx.login('coord@example.nl');
});
afterAll(() => ctx.close());

const api = async () => (await s.agent.get(`/api/waves/${WAVE_2025}/responses/${ORG}`)).body as { answers: Record<string, unknown>; copied: string[]; state: string };
/** The 2025 monitor's row of a question for gemeenten, drafts included (staff). */
async function monitorRow(id: string) {
  const res = await analyst.agent.get(`/api/waves/${WAVE_2025}/tables?concepten=1`);
  const rows = (res.body.themes as { tables: { actor: string; rows: { questionId: string; n: number }[] }[] }[])
    .flatMap((t) => t.tables).filter((t) => t.actor === 'gemeente').flatMap((t) => t.rows);
  return rows.find((r) => r.questionId === id)!;
}

describe("last year's answers as a starting point, without JavaScript", () => {
  it("shows last year's answer beside every agreement, its explanation on request, following a rewritten question's link", async () => {
    const page = $((await s.agent.get(themeUrl2025(ORG, 'residentieel'))).text);
    const block = page('#gemeente-residentieel-01-vorig-jaar');
    expect(block.find('.last-year__answer').text().replace(/\s+/g, ' ').trim()).toBe('Vorig jaar (2024): Mee bezig');
    expect(block.find('details summary').text()).toBe('Toelichting van vorig jaar');
    expect(block.find('details p').text()).toBe('Plan ligt bij de raad.');
    // The new question has no last year.
    expect(page('#gemeente-residentieel-02-vorig-jaar')).toHaveLength(0);
    const teams = $((await s.agent.get(themeUrl2025(ORG, 'lokale-teams'))).text);
    expect(teams('#gemeente-lokale-teams-11-vorig-jaar .last-year__answer').text()).toContain('Nee');
    expect(teams('#gemeente-lokale-teams-04-vorig-jaar')).toHaveLength(0);
  });

  it("never shows or copies another organisation's last year", async () => {
    const page = await s.agent.get(themeUrl2025(OTHER, 'residentieel'));
    expect(page.status).toBe(403);
    expect(page.text).not.toContain('Geheim van Groningen');
    const copy = await s.agent.post(`/vragenlijst/${WAVE_2025}/${OTHER}/vorig-jaar`).type('form').send({ _csrf: s.csrf });
    expect(copy.status).toBe(403);
    const own = await s.agent.get(themeUrl2025(ORG, 'residentieel'));
    expect(own.text).not.toContain('Geheim van Groningen');
  });

  it("copies last year's answers as new, unconfirmed answers that do not count in the monitor", async () => {
    const start = $((await s.agent.get(base)).text);
    expect(start('form[action$="/vorig-jaar"] button').text()).toBe('Antwoorden van vorig jaar overnemen');
    const res = await s.agent.post(`${base}/vorig-jaar`).type('form').send({ _csrf: s.csrf });
    expect(res.status).toBe(303);
    const after = $((await s.agent.get(base)).text);
    expect(after('.utrecht-alert--ok').text()).toContain('4 antwoorden van vorig jaar overgenomen');
    const body = await api();
    expect(body.answers).toMatchObject({
      'gemeente.residentieel.01': 'mee_bezig', 'gemeente.lokale-teams.01': 'ja', 'gemeente.lokale-teams.11': 'nee', 'gemeente.reikwijdte.01': 'nee',
    });
    expect(body.answers['gemeente.residentieel.02']).toBeUndefined();
    expect(body.answers['gemeente.residentieel.01.toelichting']).toBeUndefined();
    expect(body.copied.sort()).toEqual(['gemeente.lokale-teams.01', 'gemeente.lokale-teams.11', 'gemeente.reikwijdte.01', 'gemeente.residentieel.01']);
    const page = $((await s.agent.get(themeUrl2025(ORG, 'residentieel'))).text);
    expect(page('#gemeente-residentieel-01-overgenomen .carried__mark').text()).toBe('Overgenomen, nog niet bevestigd');
    expect((await monitorRow('gemeente.residentieel.01')).n).toBe(0);
    // The history says where the answers came from.
    const history = (await coord.agent.get(`/beheer/organisaties/${ORG}/geschiedenis?ronde=${WAVE_2025}`)).text;
    expect(history).toContain('Overgenomen van vorig jaar');
    // Last year's wave is untouched.
    const old = await s.agent.get(`/api/waves/hervormingsagenda-2024/responses/${ORG}`);
    expect(old.body.state).toBe('ingediend');
    expect(old.body.copied).toEqual([]);
  });

  it('copying again never writes over this year', async () => {
    await s.agent.post(`${base}/vorig-jaar`).type('form').send({ _csrf: s.csrf });
    expect($((await s.agent.get(base)).text)('.utrecht-alert--ok').text()).toContain('geen antwoorden van vorig jaar om over te nemen');
  });

  it('a ticked box confirms a copy; changing a copy makes it count too', async () => {
    expect((await postTheme2025(s, ORG, 'residentieel', { bevestigd: 'gemeente.residentieel.01', 'gemeente.residentieel.01': 'mee_bezig' })).status).toBe(303);
    expect((await postTheme2025(s, ORG, 'lokale-teams', { 'gemeente.lokale-teams.11': 'ja' })).status).toBe(303);
    const body = await api();
    expect(body.copied.sort()).toEqual(['gemeente.lokale-teams.01', 'gemeente.reikwijdte.01']);
    expect(body.answers['gemeente.lokale-teams.11']).toBe('ja');
    expect((await monitorRow('gemeente.residentieel.01')).n).toBe(1);
    expect((await monitorRow('gemeente.lokale-teams.01')).n).toBe(0);
  });

  it('submitting asks to confirm the untouched copies, then confirms them', async () => {
    const page = $((await s.agent.get(`${base}/controleren`)).text);
    expect(page('#overgenomen li')).toHaveLength(2);
    // Everything else required, so only the copies stand in the way.
    const fill: Record<string, Record<string, string>> = {
      'aanpalende-domeinen': { 'gemeente.aanpalende-domeinen.01': 'nee', 'gemeente.aanpalende-domeinen.02': 'ja' },
      'lokale-teams': { 'gemeente.lokale-teams.02': 'ja', 'gemeente.lokale-teams.03': 'ja', 'gemeente.lokale-teams.06': '0_18jr_lokale_teams' },
      residentieel: { 'gemeente.residentieel.02': 'mee_bezig' },
      'eenvoudiger-uitvoering': { 'gemeente.eenvoudiger-uitvoering.01': 'ja', 'gemeente.eenvoudiger-uitvoering.02': 'ja', 'gemeente.eenvoudiger-uitvoering.03': 'ja' },
      beleving: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map((i) => [`gemeente.beleving.0${i}`, 'halverwege'])),
    };
    for (const [theme, fields] of Object.entries(fill)) expect((await postTheme2025(s, ORG, theme, fields)).status).toBe(303);
    const refused = await s.agent.post(`${base}/indienen`).type('form').send({ _csrf: s.csrf });
    expect(refused.headers.location).toBe(`${base}/controleren?indienen=mislukt`);
    const review = $((await s.agent.get(refused.headers.location!)).text);
    expect(review('title').text()).toMatch(/^Fout/);
    expect(review('.error-summary').text()).toContain('2 antwoorden zijn overgenomen van vorig jaar en nog niet bevestigd');
    expect((await api()).state).toBe('concept');
    const ok = await s.agent.post(`${base}/indienen`).type('form').send({ _csrf: s.csrf, bevestigOvergenomen: 'ja' });
    expect(ok.headers.location).toBe(`${base}/ingediend`);
    const body = await api();
    expect(body.state).toBe('ingediend');
    expect(body.copied).toEqual([]);
    expect((await monitorRow('gemeente.lokale-teams.01')).n).toBe(1);
  });
});
