/**
 * Issue 16, point 4: the server carries out a wave's reminder plan, with a controlled clock, through
 * a real SMTP server in this process. The wave closes on 30 June 2024; a step 14 days before goes
 * out on 16 June at 9.00 Amsterdam time (07:00 UTC), one 3 days before on 27 June.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addContact, setOrganisation, setWave } from '../support/arrange.ts';
import { $, type TestContext } from '../support/context.ts';
import { seedResponse, WAVE } from '../support/wave.ts';
import {
  addStep, bootScheduler, databaseFolder, planContext, planUrl, startFlakySmtp, tick, type FlakySmtp,
} from './reminderPlanSupport.ts';

const MAY = new Date('2024-05-15T10:00:00Z');
const DUE_14 = new Date('2024-06-16T07:00:00Z');
const DUE_3 = new Date('2024-06-27T07:00:00Z');
const EVERYONE = ['a@groningen.nl', 'b@stadskanaal.nl', 'c@veendam.nl', 'jeugd@groningen.nl'];
const later = (d: Date, seconds: number) => new Date(d.getTime() + seconds * 1000);

let smtp: FlakySmtp;
beforeAll(async () => { smtp = await startFlakySmtp(); });
afterAll(async () => { await smtp.close(); });
beforeEach(() => smtp.reset());

/** Groningen (not started; an account and a contact address), Stadskanaal (in progress), Veendam (not started), Amsterdam (submitted). */
async function people(ctx: TestContext) {
  await ctx.addUser('coord@example.nl', 'coordinator');
  await ctx.addUser('a@groningen.nl', 'respondent', 'GM0014');
  await setOrganisation(ctx.services, 'GM0014', { contact_email: 'jeugd@groningen.nl' });
  await ctx.addUser('b@stadskanaal.nl', 'respondent', 'GM0037');
  await seedResponse(ctx.services, 'GM0037', { 'gemeente.reikwijdte.01.toelichting': 'x' }, { submitted: false });
  await ctx.addUser('c@veendam.nl', 'respondent', 'GM0047');
  await ctx.addUser('d@amsterdam.nl', 'respondent', 'GM0363');
  await seedResponse(ctx.services, 'GM0363', { 'gemeente.reikwijdte.01.toelichting': 'x' });
}

const to = () => smtp.received.map((m) => m.to).sort();
/** The plan page's log, searched by organisation code (the other 385 organisations are there too: skipped, no address). */
const logRows = async (ctx: TestContext, code: string) => {
  const page = $((await (await ctx.login('coord@example.nl')).agent.get(`${planUrl}?zoek=${code}`)).text);
  return page('#logboek-tabel tbody tr').map((_i, tr) => page(tr).text().replace(/\s+/g, ' ').trim()).get();
};

describe('the reminder scheduler', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await planContext(smtp.url, MAY);
    await people(ctx);
    expect((await addStep(await ctx.login('coord@example.nl'), { dagen: '14' })).status).toBe(303);
  });
  afterEach(() => ctx.close());

  it('sends a step once, at its moment, to the organisations that have not submitted', async () => {
    ctx.setNow(later(DUE_14, -60));
    expect(await tick(ctx)).toMatchObject({ started: 0, sent: 0 });
    expect(smtp.received).toHaveLength(0);
    ctx.setNow(DUE_14);
    expect(await tick(ctx)).toMatchObject({ started: 1, sent: 4, failed: 0 });
    expect(to()).toEqual(EVERYONE);
    const groningen = smtp.received.find((m) => m.to === 'a@groningen.nl')!;
    expect(groningen.text).toContain(
      'Beste Groningen, dien de vragenlijst in vóór 30 juni 2024: https://monitor.example.nl/vragenlijst/hervormingsagenda-2024/GM0014',
    );
    // Later passes, also a day later, send nothing again.
    for (const at of [DUE_14, later(DUE_14, 3600), later(DUE_14, 86_400)]) {
      ctx.setNow(at);
      expect(await tick(ctx)).toMatchObject({ started: 0, sent: 0 });
    }
    expect(smtp.received).toHaveLength(4);
    // The plan page logs it per organisation; the mail log lists every message as a reminder.
    expect(await logRows(ctx, 'GM0014'))
      .toEqual([expect.stringContaining('Groningen 14 dagen vóór Verstuurd a@groningen.nl, jeugd@groningen.nl 1')]);
    expect(await logRows(ctx, 'GM0363')).toEqual([]);
    const coord = await ctx.login('coord@example.nl');
    const plan = $((await coord.agent.get(planUrl)).text);
    expect(plan('#stappen tbody tr').text().replace(/\s+/g, ' '))
      .toContain('Uitgevoerd. Organisaties: 3 verstuurd, 0 wachtend, 0 mislukt, 385 overgeslagen');
    const mailLog = $((await coord.agent.get('/beheer/e-mail?soort=herinnering')).text);
    expect(mailLog('tbody tr').length).toBe(4);
    expect(mailLog('tbody tr').first().text()).toContain('(herinneringsplan)');
    // The chasing workbench counts it as the organisation's last reminder.
    const bench = $((await coord.agent.get(`/beheer/niet-ingediend?ronde=${WAVE}&zoek=GM0014`)).text);
    const cells = bench('#werkbank tr[data-code="GM0014"] td').map((_i, td) => bench(td).text().trim()).get();
    expect(cells.slice(-2)).toEqual(['16 juni 2024 om 09:00', '1']);
  });

  it('reaches the contact people too, as a reminder sent by hand does', async () => {
    await addContact(ctx.services, 'GM0047', { name: 'Vera Veen', email: 'vera@veendam.nl', role: 'contactpersoon', role_other: null });
    await addContact(ctx.services, 'GM0047', { name: 'Zonder Adres', email: null, role: 'vaststeller', role_other: null });
    ctx.setNow(DUE_14);
    expect(await tick(ctx)).toMatchObject({ started: 1, sent: 5, failed: 0 });
    expect(to()).toEqual([...EVERYONE, 'vera@veendam.nl'].sort());
    expect(await logRows(ctx, 'GM0047'))
      .toEqual([expect.stringContaining('Veendam 14 dagen vóór Verstuurd c@veendam.nl, vera@veendam.nl 1')]);
  });

  it('holds the rate limit: at most so many messages a minute, the rest in later passes', async () => {
    ctx.setNow(DUE_14);
    expect((await tick(ctx, { ratePerMinute: 3 })).sent).toBe(3);
    expect((await tick(ctx, { ratePerMinute: 3 })).sent).toBe(0);
    ctx.setNow(later(DUE_14, 59));
    expect((await tick(ctx, { ratePerMinute: 3 })).sent).toBe(0);
    ctx.setNow(later(DUE_14, 61));
    expect((await tick(ctx, { ratePerMinute: 3 })).sent).toBe(1);
    expect(to()).toEqual(EVERYONE);
  });

  it('skips an organisation that submitted after the step started', async () => {
    ctx.setNow(DUE_14);
    // One message a minute: Groningen's two addresses come first (Groningen is the first organisation by code).
    expect((await tick(ctx, { ratePerMinute: 1 })).sent).toBe(1);
    await seedResponse(ctx.services, 'GM0047', { 'gemeente.reikwijdte.01.toelichting': 'x' });
    for (let minute = 1; minute <= 5; minute++) {
      ctx.setNow(later(DUE_14, 61 * minute));
      await tick(ctx, { ratePerMinute: 1 });
    }
    expect(to()).toEqual(['a@groningen.nl', 'b@stadskanaal.nl', 'jeugd@groningen.nl']);
    expect(await logRows(ctx, 'GM0047')).toEqual([expect.stringContaining('Overgeslagen: al ingediend')]);
  });

  it('retries a refused send after a wait, and gives up after the last attempt', async () => {
    smtp.refuse('b@stadskanaal.nl', 1);
    smtp.refuse('c@veendam.nl', 99);
    ctx.setNow(DUE_14);
    expect(await tick(ctx)).toMatchObject({ sent: 2, failed: 2 });
    // Not at once: the first retry waits 5 minutes.
    ctx.setNow(later(DUE_14, 120));
    expect(await tick(ctx)).toMatchObject({ sent: 0, failed: 0 });
    ctx.setNow(later(DUE_14, 300));
    expect(await tick(ctx)).toMatchObject({ sent: 1, failed: 1 });
    expect(await logRows(ctx, 'GM0037')).toEqual([expect.stringMatching(/Verstuurd b@stadskanaal\.nl 2 /)]);
    // Veendam: the second wait is 10 minutes; after the third attempt it counts as failed and stays so.
    ctx.setNow(later(DUE_14, 900));
    expect(await tick(ctx)).toMatchObject({ sent: 0, failed: 1 });
    ctx.setNow(later(DUE_14, 86_400));
    expect(await tick(ctx)).toMatchObject({ sent: 0, failed: 0 });
    expect(to()).toEqual(['a@groningen.nl', 'b@stadskanaal.nl', 'jeugd@groningen.nl']);
    const [veendam] = await logRows(ctx, 'GM0047');
    expect(veendam).toContain('Mislukt');
    expect(veendam).toContain('Tijdelijk niet beschikbaar');
    expect(veendam).toMatch(/ 3 /);
    const mailLog = $((await (await ctx.login('coord@example.nl')).agent.get('/beheer/e-mail?soort=herinnering')).text);
    expect(mailLog('tbody tr').filter((_i, tr) => mailLog(tr).text().includes('Mislukt')).length).toBe(4);
  });

  it('does not start a step in a wave that a coordinator closed', async () => {
    await setWave(ctx.services, WAVE, { state: 'gesloten' });
    ctx.setNow(DUE_14);
    expect(await tick(ctx)).toMatchObject({ started: 0, sent: 0 });
  });
});

/** A database file on which a first app (returned open) arranged the people and one step; removed afterwards. */
async function onFile(days: string, run: (first: TestContext, file: string) => Promise<void>) {
  const folder = await databaseFolder();
  try {
    const first = await planContext(smtp.url, MAY, folder.file);
    await people(first);
    expect((await addStep(await first.login('coord@example.nl'), { dagen: days })).status).toBe(303);
    await run(first, folder.file);
  } finally {
    await folder.remove();
  }
}

describe('the reminder scheduler across restarts (one database file, apps booted one after another)', () => {
  it('carries out at start a step that fell due while the server was down, and never twice', async () => {
    await onFile('3', async (first, file) => {
      await first.close();
      // Down from May until the day after the step's moment; the wave is still open (closes 30 June).
      const second = await planContext(smtp.url, later(DUE_3, 86_400), file);
      expect(await bootScheduler(second)).toMatchObject({ started: 1, sent: 4 });
      await second.close();
      const third = await planContext(smtp.url, later(DUE_3, 2 * 86_400), file);
      expect(await bootScheduler(third)).toMatchObject({ started: 0, sent: 0 });
      await third.close();
      expect(to()).toEqual(EVERYONE);
    });
  });

  it('a restart halfway through a step sends the rest, not again what went out', async () => {
    await onFile('14', async (first, file) => {
      first.setNow(DUE_14);
      expect((await tick(first, { ratePerMinute: 2 })).sent).toBe(2);
      await first.close();
      const second = await planContext(smtp.url, later(DUE_14, 90), file);
      expect(await bootScheduler(second, { ratePerMinute: 2 })).toMatchObject({ started: 0, sent: 2 });
      await second.close();
      expect(to()).toEqual(EVERYONE);
    });
  });

  it('two servers on one database file, passing at the same moment, send every message once', async () => {
    await onFile('14', async (first, file) => {
      const second = await planContext(smtp.url, DUE_14, file);
      first.setNow(DUE_14);
      const [a, b] = await Promise.all([tick(first), tick(second)]);
      expect(a.started + b.started).toBe(1);
      expect(a.sent + b.sent).toBe(4);
      expect(to()).toEqual(EVERYONE);
      await first.close();
      await second.close();
    });
  });

  it('does not send a missed step once the wave has closed', async () => {
    await onFile('3', async (first, file) => {
      await first.close();
      const second = await planContext(smtp.url, new Date('2024-07-02T10:00:00Z'), file);
      expect(await bootScheduler(second)).toMatchObject({ started: 0, sent: 0 });
      await second.close();
      expect(smtp.received).toHaveLength(0);
    });
  });
});
