/**
 * Issue 19, points 3 and 5: two app instances (server/index.ts, each its own process and pool) on one
 * PostgreSQL database, colleagues saving through both. What must hold is what one instance on SQLite
 * gives (test/questionnaire/api.test.ts, colleagues.test.ts): a stale change of the same field is a
 * conflict showing both values, changes of different fields merge, no save is lost or silently
 * overwritten, a scheduled reminder goes out once, and the login limit counts attempts on both.
 * Needs a PostgreSQL server: TEST_DATABASE_URL, default the local cluster of scripts/pg/start-cluster.sh.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, PASSWORD, WAVE, type RealServer, type Respondent, type Session } from '../../scripts/bench/realServer.ts';
import { freshDatabase, testServerUrl, preparePgDatabase, startPgServer, stopServers, type FreshDatabase } from '../../scripts/bench/pgServers.ts';
import { amsterdamDate } from '../../server/domain/fieldwork.ts';
import { daysBefore } from '../../server/domain/reminderSchedule.ts';
import { messages } from '../../server/messages.ts';
import { boot } from '../../server/services/bootstrap.ts';
import { DEMO_PASSWORD } from '../../server/services/seed.ts';
import { startFlakySmtp, type FlakySmtp } from '../coordination/reminderPlanSupport.ts';
import { addReminderStepOn } from '../support/arrange.ts';
import { historyPg, reminderRecipientsPg } from '../support/inspectPg.ts';

const ADMIN_URL = testServerUrl();
/** Colleagues per organisation; the first two organisations of the respondents are used. */
const COLLEAGUES = 8;
const SAVES_EACH = 10;
const STATUS = 'gemeente.residentieel.01';
const YES_NO = 'gemeente.aanpalende-domeinen.02';
/** Text fields, one per colleague in the parallel test. */
const TEXTS = [
  'gemeente.reikwijdte.01', 'gemeente.aanpalende-domeinen.01', 'gemeente.aanpalende-domeinen.02', 'gemeente.lokale-teams.01',
  'gemeente.lokale-teams.02', 'gemeente.lokale-teams.03', 'gemeente.residentieel.01', 'gemeente.residentieel.02',
].map((q) => `${q}.toelichting`);

/** The demo gemeente (DEMO=true below): its respondents, colleague and vaststeller are demo accounts. */
const DEMO_ORG = 'GM0363';
/** Every required question of a gemeente answered (the 2025 questionnaire, in the API's form). */
const COMPLETE = {
  'gemeente.reikwijdte.01': 'ja', 'gemeente.aanpalende-domeinen.01': 'nee', 'gemeente.aanpalende-domeinen.02': 'ja',
  'gemeente.lokale-teams.01': 'ja', 'gemeente.lokale-teams.02': 'ja', 'gemeente.lokale-teams.03': 'nee', 'gemeente.lokale-teams.11': 'ja',
  'gemeente.lokale-teams.06': ['0_18jr_lokale_teams', 'generalistisch_team'],
  'gemeente.lokale-teams.10': 1250000.5, 'gemeente.residentieel.01': 'mee_bezig', 'gemeente.residentieel.02': 'afgerond',
  'gemeente.eenvoudiger-uitvoering.01': 'ja', 'gemeente.eenvoudiger-uitvoering.02': 'ja', 'gemeente.eenvoudiger-uitvoering.03': 'nee',
  ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map((i) => [`gemeente.beleving.0${i}`, 'halverwege'])),
};

let database: FreshDatabase;
let dir: string;
let sessionsFile: string;
let smtp: FlakySmtp;
let servers: RealServer[] = [];
let respondents: Respondent[];
/** Sessions of the respondents, in order; colleague i of an organisation saves through instance i % 2. */
let sessions: Session[];

beforeAll(async () => {
  database = await freshDatabase(ADMIN_URL, 'pgscale_inst');
  dir = mkdtempSync(path.join(tmpdir(), 'afsprakenmonitor-pg-instances-'));
  sessionsFile = path.join(dir, 'sessions.sqlite');
  smtp = await startFlakySmtp();
  const env = { SMTP_URL: smtp.url, REMINDER_CRON: '* * * * * *', DEMO: 'true', DEMO_ANSWERS: 'false' };
  // Both start at the same moment on the empty database: one migrates and seeds, the other waits for it.
  servers = await Promise.all([startPgServer(database.url, sessionsFile, env), startPgServer(database.url, sessionsFile, env)]);
  respondents = await preparePgDatabase(database.url, sessionsFile, 2 * COLLEAGUES + 1, COLLEAGUES);
  sessions = [];
  for (const [i, r] of respondents.entries()) sessions.push(await login(servers[i % 2]!.baseUrl, r.email));
}, 120_000);

afterAll(async () => {
  await stopServers(servers);
  await smtp?.close();
  await database?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const instance = (i: number) => servers[i % 2]!;
const url = (server: RealServer, org: string) => `${server.baseUrl}/api/waves/${WAVE}/responses/${org}`;

interface Saved {
  status: number;
  body: { version: number; answers: Record<string, unknown>; conflicts?: { field: string; mine: unknown; theirs: unknown }[] };
}

async function get(server: RealServer, session: Session, org: string): Promise<Saved['body']> {
  const res = await fetch(url(server, org), { headers: { cookie: session.cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as Saved['body'];
}

async function put(server: RealServer, session: Session, org: string, version: number, answers: Record<string, unknown>): Promise<Saved> {
  const res = await fetch(url(server, org), {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
    body: JSON.stringify({ version, answers }),
  });
  return { status: res.status, body: (await res.json()) as Saved['body'] };
}

describe('two app instances on one PostgreSQL database', () => {
  it('both started at once on an empty database and serve the same data', async () => {
    const org = respondents[0]!.org;
    const [a, b] = await Promise.all(servers.map((s) => fetch(`${s.baseUrl}/healthz`)));
    expect([a!.status, b!.status]).toEqual([200, 200]);
    expect((await get(servers[0]!, sessions[0]!, org)).version).toBe((await get(servers[1]!, sessions[0]!, org)).version);
  });

  it('a stale change of the same field through the other instance is a conflict with both values; other fields merge', async () => {
    const org = respondents[0]!.org;
    const [anna, bram] = [sessions[0]!, sessions[1]!];
    const version = (await get(servers[0]!, anna, org)).version;
    const first = await put(servers[0]!, anna, org, version, { [STATUS]: 'afgerond' });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(version + 1);
    // Bram's page still shows the old version: his status is a conflict, his other answer is saved.
    const second = await put(servers[1]!, bram, org, version, { [STATUS]: 'mee_bezig', [YES_NO]: 'nee' });
    expect(second.status).toBe(409);
    expect(second.body.conflicts).toEqual([{ field: STATUS, mine: 'mee_bezig', theirs: 'afgerond' }]);
    expect(second.body.version).toBe(version + 2);
    const seen = await get(servers[0]!, anna, org);
    expect(seen.answers).toMatchObject({ [STATUS]: 'afgerond', [YES_NO]: 'nee' });
    // Saving again with the version the conflict answer carried is a deliberate choice.
    const third = await put(servers[1]!, bram, org, second.body.version, { [STATUS]: 'mee_bezig' });
    expect(third.status).toBe(200);
    expect((await get(servers[0]!, anna, org)).answers[STATUS]).toBe('mee_bezig');
  });

  it('two colleagues saving the same field at the same moment through both instances: one is saved, the other a conflict', async () => {
    const org = respondents[0]!.org;
    const field = TEXTS[0]!;
    for (let round = 1; round <= 15; round++) {
      const version = (await get(servers[0]!, sessions[0]!, org)).version;
      const mine = [`anna ${round}`, `bram ${round}`];
      const both = await Promise.all([0, 1].map((i) => put(instance(i), sessions[i]!, org, version, { [field]: mine[i] })));
      const statuses = both.map((r) => r.status).sort();
      expect(statuses, `round ${round}: never both saved over each other`).toEqual([200, 409]);
      const winner = both.findIndex((r) => r.status === 200);
      const loser = both[1 - winner]!;
      expect(loser.body.conflicts).toEqual([{ field, mine: mine[1 - winner], theirs: mine[winner] }]);
      expect((await get(servers[1]!, sessions[1]!, org)).answers[field]).toBe(mine[winner]);
    }
  });

  it(`${COLLEAGUES} colleagues saving ${SAVES_EACH} times each through both instances at once: nothing lost, a version each`, async () => {
    const org = respondents[COLLEAGUES]!.org;
    const team = sessions.slice(COLLEAGUES, 2 * COLLEAGUES);
    const start = (await get(servers[0]!, team[0]!, org)).version;
    const statuses: number[] = [];
    // Each colleague writes a field of their own, every save based on the version their last save returned
    // (stale by the others' saves meanwhile): the merge must take every one.
    await Promise.all(team.map(async (session, i) => {
      let version = start;
      for (let n = 1; n <= SAVES_EACH; n++) {
        const r = await put(instance(i + n), session, org, version, { [TEXTS[i]!]: `collega ${i}, opslag ${n}` });
        statuses.push(r.status);
        version = r.body.version;
      }
    }));
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const total = COLLEAGUES * SAVES_EACH;
    const end = await get(servers[1]!, team[0]!, org);
    expect(end.version).toBe(start + total);
    for (const [i, field] of TEXTS.entries()) expect(end.answers[field]).toBe(`collega ${i}, opslag ${SAVES_EACH}`);
    // The history has every save, each at a version of its own, in order.
    const history = (await historyPg(database.url, WAVE, org)).filter((h) => h.version > start);
    expect(history.map((h) => h.version)).toEqual(Array.from({ length: total }, (_, k) => start + 1 + k));
    for (const [i, field] of TEXTS.entries()) {
      expect(history.filter((h) => h.field === field).map((h) => h.value))
        .toEqual(Array.from({ length: SAVES_EACH }, (_, k) => `collega ${i}, opslag ${k + 1}`));
    }
  });

  it('a reminder step falls due with both schedulers running: every address gets it once', async () => {
    const booted = await boot({ databaseUrl: database.url, databasePath: sessionsFile, demo: false });
    try {
      const day = daysBefore(amsterdamDate(new Date()), 1);
      await addReminderStepOn(booted.services, WAVE, day, { subject: 'Herinnering twee instanties', body: 'Beste {organisatie}: {link}' });
    } finally {
      await booted.database.close();
    }
    const addresses = await reminderRecipientsPg(database.url, WAVE);
    for (const r of respondents) expect(addresses).toContain(r.email);
    for (let i = 0; i < 600 && smtp.received.length < addresses.length; i++) await new Promise((r) => setTimeout(r, 100));
    // Both schedulers pass every second: a few more passes of each may not send anything again.
    await new Promise((r) => setTimeout(r, 4000));
    expect(smtp.received.map((m) => `${m.to} ${m.subject}`).sort()).toEqual(addresses.map((a) => `${a} Herinnering twee instanties`));
  });

  it('a beheerder on each instance inviting the same address at once: one account, the other sees it exists (no error page)', async () => {
    // DEMO=true above: the demo beheerder exists.
    const admins: Session[] = [];
    for (const s of servers) admins.push(await login(s.baseUrl, 'beheer@demo.nl', DEMO_PASSWORD));
    for (let round = 1; round <= 8; round++) {
      const email = `nieuw-${round}@twee-instanties.example`;
      const both = await Promise.all([0, 1].map(async (i) => {
        const res = await fetch(`${servers[i]!.baseUrl}/beheer/gebruikers`, {
          method: 'POST', redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: admins[i]!.cookie },
          body: new URLSearchParams({ _csrf: admins[i]!.csrf, email, name: '', role: 'analyst' }),
        });
        return { status: res.status, text: await res.text() };
      }));
      expect(both.map((r) => r.status).sort(), `round ${round}`).toEqual([303, 422]);
      expect(both.find((r) => r.status === 422)!.text).toContain('Er bestaat al een account met dit e-mailadres.');
    }
  });

  it('two coordinators inviting one new respondent at once: one account, invited and invited again, as one after the other', async () => {
    const org = respondents[0]!.org;
    const coords: Session[] = [];
    for (const s of servers) coords.push(await login(s.baseUrl, 'coordinator@demo.nl', DEMO_PASSWORD));
    for (let round = 1; round <= 5; round++) {
      const email = `respondent-nieuw-${round}@twee-instanties.example`;
      const both = await Promise.all([0, 1].map(async (i) => {
        const res = await fetch(`${servers[i]!.baseUrl}/beheer/organisaties/${org}/uitnodigen`, {
          method: 'POST', redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: coords[i]!.cookie },
          body: new URLSearchParams({ _csrf: coords[i]!.csrf, emails: email, rol: 'respondent' }),
        });
        return res.status;
      }));
      expect(both, `round ${round}`).toEqual([303, 303]);
      const detail = await fetch(`${servers[1]!.baseUrl}/beheer/organisaties/${org}`, { headers: { cookie: coords[1]!.cookie } });
      const page = cheerio.load(await detail.text());
      const accounts = page('[aria-label^="Accounts van"] tbody tr');
      const rows = accounts.filter((_i, tr) => page(tr).text().includes(email));
      expect(rows.length, `round ${round}: the address once among the accounts`).toBe(1);
    }
  });

  it('two beheerders sending a new invitation to one account at once: only the newest link works, as one after the other', async () => {
    const admins: Session[] = [];
    for (const s of servers) admins.push(await login(s.baseUrl, 'beheer@demo.nl', DEMO_PASSWORD));
    const post = (i: number, path: string, fields: Record<string, string> = {}) => fetch(`${servers[i]!.baseUrl}${path}`, {
      method: 'POST', redirect: 'manual', body: new URLSearchParams({ _csrf: admins[i]!.csrf, ...fields }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: admins[i]!.cookie },
    });
    const links = (email: string) => smtp.received.filter((m) => m.to === email)
      .map((m) => /\/wachtwoord\/instellen\/([A-Za-z0-9_-]+)/.exec(m.text)?.[1]).filter((t): t is string => !!t);
    for (let round = 1; round <= 5; round++) {
      const email = `opnieuw-${round}@twee-instanties.example`;
      expect((await post(0, '/beheer/gebruikers', { email, name: '', role: 'analyst' })).status).toBe(303);
      const staff = await fetch(`${servers[0]!.baseUrl}/beheer/gebruikers`, { headers: { cookie: admins[0]!.cookie } });
      const list = cheerio.load(await staff.text());
      const action = list('form[action$="/opnieuw-uitnodigen"]')
        .filter((_i, f) => list(f).closest('tr').text().includes(email)).attr('action')!;
      expect(action).toBeDefined();
      const both = await Promise.all([0, 1].map((i) => post(i, action)));
      expect(both.map((r) => r.status)).toEqual([303, 303]);
      for (let i = 0; i < 100 && links(email).length < 3; i++) await new Promise((r) => setTimeout(r, 50));
      const tokens = links(email);
      expect(tokens).toHaveLength(3);
      const open = [];
      for (const t of tokens) {
        const page = await fetch(`${servers[1]!.baseUrl}/wachtwoord/instellen/${t}`);
        if (cheerio.load(await page.text())('input[name="password"]').length > 0) open.push(t);
      }
      expect(open, `round ${round}: links that still work`).toHaveLength(1);
    }
  });

  it('the login limit counts the attempts on both instances together', async () => {
    const email = respondents[2 * COLLEAGUES]!.email;
    const attempt = async (i: number, password: string) => {
      const server = instance(i);
      const page = await fetch(`${server.baseUrl}/inloggen`);
      const cookie = page.headers.getSetCookie().find((c) => c.startsWith('afsprakenmonitor.sid='))?.split(';')[0] ?? '';
      const csrf = /<meta name="csrf-token" content="([^"]+)"/.exec(await page.text())?.[1] ?? '';
      const res = await fetch(`${server.baseUrl}/inloggen`, {
        method: 'POST', redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: new URLSearchParams({ _csrf: csrf, email, password }),
      });
      return { status: res.status, text: await res.text() };
    };
    // Twelve wrong guesses at once, alternately on each instance: only five (the account limit) are checked.
    const guesses = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(i, `fout-${i}`)));
    expect(guesses.filter((g) => g.status === 401)).toHaveLength(5);
    const refused = guesses.filter((g) => g.status === 429);
    expect(refused).toHaveLength(7);
    for (const r of refused) expect(r.text).toContain('Te veel mislukte inlogpogingen');
    // The right password is refused too now, on either instance, until the window has passed.
    for (const i of [0, 1]) expect((await attempt(i, PASSWORD)).status).toBe(429);
  });
  it('a vaststeller approving on both instances at once: approved once, receipts once, the other is told nothing waits', async () => {
    // Sign-off switched on for the wave, through the wave form as a beheerder posts it (every field as shown).
    const admin = await login(servers[0]!.baseUrl, 'beheer@demo.nl', DEMO_PASSWORD);
    const formUrl = `${servers[0]!.baseUrl}/beheer/rondes/${WAVE}`;
    const form = cheerio.load(await (await fetch(formUrl, { headers: { cookie: admin.cookie } })).text());
    const fields = new URLSearchParams();
    form('form.form input, form.form select').each((_i, el) => {
      const e = form(el);
      const [name, type] = [e.attr('name'), e.attr('type')];
      if (!name || name === 'signOffRequired' || name === 'signOffFourEyes') return;
      if ((type === 'radio' || type === 'checkbox') && e.attr('checked') === undefined) return;
      fields.append(name, String(e.val() ?? ''));
    });
    fields.append('signOffRequired', 'ja');
    const set = await fetch(formUrl, {
      method: 'POST', redirect: 'manual', body: fields,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: admin.cookie },
    });
    expect(set.status).toBe(303);
    // The demo gemeente answers every required question and offers it for sign-off.
    const anna = await login(servers[0]!.baseUrl, 'gemeente@demo.nl', DEMO_PASSWORD);
    const version = (await get(servers[0]!, anna, DEMO_ORG)).version;
    const filled = await put(servers[0]!, anna, DEMO_ORG, version, COMPLETE);
    expect(filled.status, JSON.stringify(filled.body).slice(0, 600)).toBe(200);
    const offer = await fetch(`${url(servers[1]!, DEMO_ORG)}/submit`, {
      method: 'POST', body: JSON.stringify({ confirmOpen: true }),
      headers: { 'content-type': 'application/json', cookie: anna.cookie, 'x-csrf-token': anna.csrf },
    });
    expect(offer.status, await offer.clone().text()).toBe(200);
    expect(((await offer.json()) as { state: string }).state).toBe('ter-vaststelling');
    const receipts = () => smtp.received.filter((m) => m.subject.startsWith('Ontvangstbevestiging')).map((m) => m.to).sort();
    expect(receipts()).toEqual([]);
    // The vaststeller has the page open on both instances and clicks on both at the same moment.
    const vera = await Promise.all(servers.map((s) => login(s.baseUrl, 'vaststeller@demo.nl', DEMO_PASSWORD)));
    const both = await Promise.all(servers.map(async (s, i) => {
      const res = await fetch(`${s.baseUrl}/vragenlijst/${WAVE}/${DEMO_ORG}/vaststellen`, {
        method: 'POST', redirect: 'manual', body: new URLSearchParams({ _csrf: vera[i]!.csrf }),
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: vera[i]!.cookie },
      });
      return { status: res.status, text: await res.text() };
    }));
    expect(both.map((r) => r.status).sort()).toEqual([303, 409]);
    expect(both.find((r) => r.status === 409)!.text).toContain(messages.signOff.nothingOffered);
    expect(((await get(servers[1]!, anna, DEMO_ORG)) as unknown as { state: string }).state).toBe('ingediend');
    // One approval, so one receipt per account of the organisation (the demo gemeente has three); the mail
    // server may still be receiving them: wait for three, then a moment for any second round.
    for (let i = 0; i < 100 && receipts().length < 3; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1000));
    expect(receipts()).toEqual(['collega@demo.nl', 'gemeente@demo.nl', 'vaststeller@demo.nl']);
  });
});
