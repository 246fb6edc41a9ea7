/**
 * Issue 16: every long list is paged on the server, 50 a page, with 'x–y van z', page links that
 * keep the filters in the query string (plain links: no JavaScript needed), and a page number out
 * of range showing the nearest page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAnswerHistory, logMail } from '../support/arrange.ts';
import { $, type Session } from '../support/context.ts';
import { WAVE } from '../support/wave.ts';
import { createCoordinationContext, type CoordinationContext } from './support.ts';
import { addStep, planUrl, tick } from './reminderPlanSupport.ts';

let ctx: CoordinationContext;
let coord: Session;
let admin: Session;

beforeAll(async () => {
  ctx = await createCoordinationContext();
  await ctx.addUser('coord@example.nl', 'coordinator');
  await ctx.addUser('beheer@example.nl', 'admin');
  coord = await ctx.login('coord@example.nl');
  admin = await ctx.login('beheer@example.nl');
});
afterAll(() => ctx.close());

const get = async (s: Session, url: string) => {
  const res = await s.agent.get(url);
  expect(res.status, url).toBe(200);
  return $(res.text);
};
const count = (p: ReturnType<typeof $>) => p('.coord-pager__count').first().text().trim();
const next = (p: ReturnType<typeof $>) => new URL(p('a[rel="next"]').first().attr('href')!, 'http://x').searchParams;

describe('the organisation list (389 organisations)', () => {
  const codes = (p: ReturnType<typeof $>) => p('table tbody tr th a').map((_i, a) => p(a).attr('href')!.split('/').pop()).get();

  it('shows 50 a page; the pages together hold every organisation once', async () => {
    const first = await get(coord, `/beheer/organisaties?ronde=${WAVE}`);
    expect(count(first)).toBe('1–50 van 389 organisaties');
    expect(first('[role="status"]').text()).toContain('389 organisaties gevonden');
    const all: string[] = [];
    for (let p = 1; p <= 8; p++) all.push(...codes(await get(coord, `/beheer/organisaties?ronde=${WAVE}&pagina=${p}`)));
    expect(all).toHaveLength(389);
    expect(new Set(all).size).toBe(389);
    expect(count(await get(coord, `/beheer/organisaties?ronde=${WAVE}&pagina=8`))).toBe('351–389 van 389 organisaties');
  });

  it('page 2 of a filter shows the 51st to 100th of that filter, and its links keep the filter', async () => {
    const first = await get(coord, `/beheer/organisaties?ronde=${WAVE}&soort=gemeente`);
    expect(count(first)).toBe('1–50 van 342 organisaties');
    const link = next(first);
    expect(link.get('soort')).toBe('gemeente');
    expect(link.get('pagina')).toBe('2');
    const second = await get(coord, `/beheer/organisaties?${link}`);
    expect(count(second)).toBe('51–100 van 342 organisaties');
    expect(second('.coord-pager a[aria-current="page"]').text()).toBe('Pagina 2');
    expect(second('table tbody tr td:nth-of-type(1)').map((_i, td) => second(td).text()).get().every((t) => t === 'Gemeente')).toBe(true);
    const page1 = codes(first);
    const page2 = codes(second);
    expect(page2).toHaveLength(50);
    expect(page2.some((c) => page1.includes(c))).toBe(false);
    expect(next(second).get('soort')).toBe('gemeente');
    expect(second('a[rel="prev"]').attr('href')).not.toContain('pagina=');
  });

  it('a page number out of range shows the nearest page', async () => {
    expect(count(await get(coord, `/beheer/organisaties?ronde=${WAVE}&soort=gemeente&pagina=999`))).toBe('301–342 van 342 organisaties');
    expect(count(await get(coord, `/beheer/organisaties?ronde=${WAVE}&pagina=nul`))).toBe('1–50 van 389 organisaties');
  });
});

describe('the mail log', () => {
  beforeAll(async () => {
    // 130 messages: every third a reminder, the rest invitations; addresses numbered by their order.
    for (let i = 1; i <= 130; i++) {
      await logMail(ctx.services, {
        kind: i % 3 === 0 ? 'herinnering' : 'uitnodiging', to_address: `persoon${i}@example.nl`, subject: `Bericht ${i}`, body_text: 'x',
        organisation_code: i <= 60 ? 'GM0014' : 'GM0363', user_id: null, wave_id: WAVE, sent_by: null, transport: 'outbox',
        status: 'verzonden', error: null, outbox_file: `${i}.eml`, created_at: `2024-05-15T10:${String(i % 60).padStart(2, '0')}:00Z`,
      });
    }
  });
  const addresses = (p: ReturnType<typeof $>) => p('#berichten tbody tr td:nth-of-type(3)').map((_i, td) => p(td).text()).get();

  it('pages the newest first, 50 a page, and keeps the kind in the links', async () => {
    const first = await get(coord, '/beheer/e-mail');
    expect(count(first)).toBe('1–50 van 130 berichten');
    expect(addresses(first)[0]).toBe('persoon130@example.nl');
    const reminders = await get(coord, '/beheer/e-mail?soort=herinnering&pagina=1');
    expect(count(reminders)).toBe('1–43 van 43 berichten');
    expect(reminders('a[rel="next"]').length).toBe(0);
    const invitations = await get(coord, '/beheer/e-mail?soort=uitnodiging');
    expect(count(invitations)).toBe('1–50 van 87 berichten');
    const second = await get(coord, `/beheer/e-mail?${next(invitations)}`);
    expect(next(invitations).get('soort')).toBe('uitnodiging');
    expect(count(second)).toBe('51–87 van 87 berichten');
    // The 51st newest invitation: counting down from 130 and leaving out the multiples of 3.
    const expected = Array.from({ length: 130 }, (_x, i) => 130 - i).filter((n) => n % 3 !== 0).slice(50)
      .map((n) => `persoon${n}@example.nl`);
    expect(addresses(second)).toEqual(expected);
  });

  it('filters by organisation and address, on the server', async () => {
    const groningen = await get(coord, '/beheer/e-mail?organisatie=GM0014');
    expect(count(groningen)).toBe('1–50 van 60 berichten');
    expect(next(groningen).get('organisatie')).toBe('GM0014');
    expect(count(await get(coord, '/beheer/e-mail?aan=persoon12'))).toBe('1–11 van 11 berichten'); // 12, 120–129
    const organisation = await get(coord, '/beheer/organisaties/GM0014');
    expect(organisation('#e-mail ~ p a[href="/beheer/e-mail?organisatie=GM0014"]').length).toBe(1);
  });
});

describe('the answer history of an organisation', () => {
  it('pages the changes, newest first, and keeps the wave in the links', async () => {
    // 120 saves of one explanation, each its own version.
    const changes = Array.from({ length: 120 }, (_x, i) => i + 1)
      .map((v) => ({ field: 'gemeente.reikwijdte.01.toelichting', old: v > 1 ? `versie ${v - 1}` : null, new: `versie ${v}` }));
    await addAnswerHistory(ctx.services, WAVE, 'GM0047', changes, { channel: 'import', at: '2024-05-01T09:00:00Z' });
    const url = `/beheer/organisaties/GM0047/geschiedenis?ronde=${WAVE}`;
    const first = await get(coord, url);
    expect(count(first)).toBe('1–50 van 120 wijzigingen');
    const link = next(first);
    expect(link.get('ronde')).toBe(WAVE);
    const second = await get(coord, `/beheer/organisaties/GM0047/geschiedenis?${link}`);
    expect(count(second)).toBe('51–100 van 120 wijzigingen');
    const values = second('#wijzigingen tbody tr td:nth-of-type(5)').map((_i, td) => second(td).text().trim()).get();
    expect(values[0]).toBe('versie 70');
    expect(values.at(-1)).toBe('versie 21');
  });
});

describe('staff accounts', () => {
  it('pages the list of staff', async () => {
    for (let i = 1; i <= 55; i++) await ctx.addUser(`analist${String(i).padStart(2, '0')}@example.nl`, 'analyst');
    const first = await get(admin, '/beheer/gebruikers');
    expect(count(first)).toBe('1–50 van 57 medewerkers');
    const second = await get(admin, `/beheer/gebruikers?${next(first)}`);
    expect(count(second)).toBe('51–57 van 57 medewerkers');
    expect(second('#medewerkers tbody tr')).toHaveLength(7);
  });
});

describe('the reminder plan log', () => {
  it('pages and filters what the plan did, keeping the filter in the links', async () => {
    ctx.setNow(new Date('2024-05-15T10:00:00Z'));
    expect((await addStep(coord, { dagen: '14' })).status).toBe(303);
    ctx.setNow(new Date('2024-06-16T07:00:00Z'));
    await tick(ctx);
    const skipped = await get(coord, `${planUrl}?resultaat=overgeslagen`);
    // Nobody in this test has an account with a password or a contact address: every organisation is skipped.
    expect(count(skipped)).toBe('1–50 van 389 regels');
    const link = next(skipped);
    expect(link.get('resultaat')).toBe('overgeslagen');
    const second = await get(coord, `${planUrl}?${link}`);
    expect(count(second)).toBe('51–100 van 389 regels');
    expect(second('#resultaat').val()).toBe('overgeslagen');
    expect(count(await get(coord, `${planUrl}?zoek=GM0014`))).toBe('1–1 van 1 regels');
    expect((await get(coord, `${planUrl}?resultaat=verzonden`))('main').text()).toContain('Niets gevonden bij deze keuze.');
  });
});
