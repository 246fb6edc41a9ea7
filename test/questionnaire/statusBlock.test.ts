import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { $, createTestContext, type Session, type TestContext } from '../support/context.ts';
import { fillInThemes, WAVE } from '../support/forms.ts';

/**
 * The start page says one thing about the state of the questionnaire (open, closed, submitted by whom
 * and when, reopened), reopening is confirmed on a page that says what it means, a theme is 'Compleet'
 * once its required questions are answered, and a refused submit redirects (a refresh never posts again).
 */
const ORG = 'GM0363';
const base = `/vragenlijst/${WAVE}/${ORG}`;
let ctx: TestContext;
let s: Session;


const start = async () => $((await s.agent.get(base)).text);
const statusOf = (page: ReturnType<typeof $>) => page('#status').text().replace(/\s+/g, ' ').trim();
const rowStatus = (page: ReturnType<typeof $>, theme: string) =>
  page(`.progress-table a[href$="/thema/${theme}"]`).closest('tr').find('td').last().text().trim();

beforeAll(async () => {
  ctx = await createTestContext();
  s = await ctx.loginAs('status@example.nl', 'respondent', ORG);
});
afterAll(() => ctx.close());

describe('the status of the questionnaire', () => {
  it('says once that it is open, until when, and how saving works; no status alert besides it', async () => {
    const page = await start();
    expect(page('#status')).toHaveLength(1);
    expect(statusOf(page)).toMatch(/^Open tot en met 30 juni 2024: nog niet ingediend\./);
    expect(statusOf(page)).toContain('Opslaan');
    expect(page('main .utrecht-alert').length).toBe(1);
  });

  it('explains the answers, the planning and the numbering of the themes', async () => {
    const help = (await start())('details.help').text();
    for (const term of ['Nog niet begonnen', 'Mee bezig', 'Bijna klaar', 'Afgerond', 'Planning HA/IP', 'genummerd']) expect(help).toContain(term);
  });

  it('a refused submit redirects to the review page, which says why; refreshing it posts nothing', async () => {
    // A definition that refuses open required questions (the engine's default; the 2024 file confirms them).
    const survey = ctx.services.surveys.get(WAVE)!;
    survey.openAtSubmit = 'refuse';
    onTestFinished(() => { survey.openAtSubmit = 'confirm'; });
    const res = await s.agent.post(`${base}/indienen`).type('form').send({ _csrf: s.csrf });
    expect(res.status).toBe(303);
    const review = $((await s.agent.get(res.headers.location!)).text);
    expect(review('title').text()).toBe('Fout: controleer uw antwoorden – Afsprakenmonitor');
    expect(review('#foutmeldingen a').length).toBeGreaterThan(0);
  });

  it("calls a theme 'Compleet' when every required question is answered, even with optional ones empty", async () => {
    await fillInThemes(s, ORG);
    const page = await start();
    const row = page('.progress-table a[href$="/thema/lokale-teams"]').closest('tr').text().replace(/\s+/g, ' ');
    // Some questions of this theme are optional and stay empty: answered is less than the total.
    const [answered, total] = row.match(/(\d+) van (\d+)/)!.slice(1).map(Number);
    expect(answered).toBeLessThan(total!);
    expect(rowStatus(page, 'lokale-teams')).toBe('Compleet');
    expect(rowStatus(page, 'reikwijdte')).toBe('Compleet');
  });

  it('after submitting: who submitted and when, that it counts, and a way to reopen', async () => {
    expect((await s.agent.post(`${base}/indienen`).type('form').send({ _csrf: s.csrf })).status).toBe(303);
    const page = await start();
    expect(statusOf(page)).toMatch(/^Ingediend door status@example\.nl op \d+ \w+ 2024/);
    expect(statusOf(page)).toContain('tellen mee in de monitor');
    expect(statusOf(page)).not.toContain('Opslaan');
    expect(page('a[href$="/heropenen"]').text()).toBe('Vragenlijst heropenen');
    expect(page('form[action$="/heropenen"]').length).toBe(0);
  });

  it('asks before reopening and says that the answers stop counting and the monitor locks', async () => {
    const confirm = $((await s.agent.get(`${base}/heropenen`)).text);
    expect(confirm('h1').text()).toBe('Vragenlijst heropenen?');
    const text = confirm('main').text().replace(/\s+/g, ' ');
    expect(text).toContain('niet meer mee in de monitor');
    expect(text).toContain('de monitor pas weer bekijken');
    expect(confirm('form[action$="/heropenen"] button').text()).toBe('Ja, vragenlijst heropenen');
    // Looking at the confirmation changes nothing.
    expect(statusOf(await start())).toMatch(/^Ingediend/);
  });

  it('after reopening: reopened by whom and when, not counting until submitted again', async () => {
    expect((await s.agent.post(`${base}/heropenen`).type('form').send({ _csrf: s.csrf })).status).toBe(303);
    const page = await start();
    expect(statusOf(page)).toMatch(/^Heropend door status@example\.nl op .+: nog niet opnieuw ingediend\./);
    expect(statusOf(page)).toContain('tellen pas weer mee in de monitor');
    // The confirmation page is only for a submitted questionnaire.
    expect((await s.agent.get(`${base}/heropenen`)).status).toBe(303);
  });

  it('after the closing date: closed, and nothing about saving or an open questionnaire', async () => {
    ctx.setNow(new Date('2024-07-15T10:00:00Z'));
    try {
      const page = await start();
      expect(statusOf(page)).toMatch(/^Gesloten/);
      const main = page('main').text();
      expect(main).not.toMatch(/De vragenlijst is open|‘Opslaan’/);
      expect(page('a[href$="/heropenen"]').length).toBe(0);
    } finally {
      ctx.setNow(new Date('2024-05-15T10:00:00Z'));
    }
  });
});
