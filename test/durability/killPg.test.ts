/**
 * kill.test.ts on PostgreSQL (issue 19, point 5), with two instances on one database: under load one
 * of them is killed with SIGKILL at a random moment, the other serves on; after the restart every save
 * either instance acknowledged is in the database, the current answer no older than the last one.
 * Needs a PostgreSQL server: TEST_DATABASE_URL, default the local cluster; run by `npm run test:durability:pg`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inBatches, login, WAVE, type RealServer, type Respondent, type Session } from '../../scripts/bench/realServer.ts';
import { freshDatabase, testServerUrl, preparePgDatabase, startPgServer, type FreshDatabase } from '../../scripts/bench/pgServers.ts';
import { committedWithHistoryPg } from '../support/inspectPg.ts';

const ADMIN_URL = testServerUrl();
const CLIENTS = 24;
const ROUNDS = 4;
const FIELD = 'gemeente.reikwijdte.01.toelichting';

let database: FreshDatabase;
let dir: string;
let sessionsFile: string;
let respondents: Respondent[];
let servers: RealServer[] = [];

beforeAll(async () => {
  database = await freshDatabase(ADMIN_URL, 'pgscale_kill');
  dir = mkdtempSync(path.join(tmpdir(), 'afsprakenmonitor-durability-pg-'));
  sessionsFile = path.join(dir, 'sessions.sqlite');
  respondents = await preparePgDatabase(database.url, sessionsFile, CLIENTS);
});
afterAll(async () => {
  for (const s of servers) {
    if (s.process.exitCode === null) {
      s.process.kill('SIGKILL');
      await s.exited;
    }
  }
  await database?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const text = (round: number, n: number) => `ronde ${round}, opslag ${n}`;
const counterOf = (value: string) => Number(/opslag (\d+)/.exec(value)?.[1] ?? -1);

/** One respondent saving again and again, as autosave does, until its server goes away or the round ends. */
async function saveUntil(s: RealServer, session: Session, org: string, round: number, acked: number[], stop: { now: boolean }) {
  const url = `${s.baseUrl}/api/waves/${WAVE}/responses/${org}`;
  let version: number;
  try {
    version = ((await (await fetch(url, { headers: { cookie: session.cookie } })).json()) as { version: number }).version;
  } catch {
    return; // killed before the first save
  }
  for (let n = 1; !stop.now; n++) {
    let res: Response;
    let body: string;
    try {
      res = await fetch(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
        body: JSON.stringify({ version, answers: { [FIELD]: text(round, n) } }),
      });
      body = await res.text();
    } catch {
      return; // killed: this save was never acknowledged
    }
    if (res.status !== 200) throw new Error(`save ${org} #${n}: HTTP ${res.status} ${body}`);
    version = (JSON.parse(body) as { version: number }).version;
    acked.push(n);
  }
}

const waitUntil = async (done: () => boolean) => {
  while (!done()) await new Promise((r) => setTimeout(r, 10));
};

describe('SIGKILL of one of two instances on PostgreSQL loses no acknowledged save', () => {
  it(`${ROUNDS} rounds of ${CLIENTS} clients over two instances, kill -9 one, restart it, check`, async () => {
    const env = { DATABASE_POOL_SIZE: '5' };
    servers = await Promise.all([0, 1].map(() => startPgServer(database.url, sessionsFile, env)));
    // Client i saves through instance i % 2; sessions are shared, so logging in once is enough.
    const sessions = await inBatches(respondents, 8, (r, i) => login(servers[i % 2]!.baseUrl, r.email));
    for (let round = 1; round <= ROUNDS; round++) {
      const victim = round % 2;
      const acked = respondents.map(() => [] as number[]);
      const stop = { now: false };
      const running = respondents.map((r, i) => saveUntil(servers[i % 2]!, sessions[i]!, r.org, round, acked[i]!, stop));
      const count = (which: number) => acked.reduce((n, a, i) => (i % 2 === which ? n + a.length : n), 0);
      // Random moment, but only after real work: at least a few saves acknowledged on each instance.
      await waitUntil(() => count(0) >= CLIENTS && count(1) >= CLIENTS);
      const delay = Math.floor(Math.random() * 1500);
      await new Promise((r) => setTimeout(r, delay));
      servers[victim]!.process.kill('SIGKILL');
      expect(await servers[victim]!.exited).toBeNull();
      // The other instance serves on meanwhile: its clients get more saves acknowledged.
      const survivorAtKill = count(1 - victim);
      await waitUntil(() => count(1 - victim) >= survivorAtKill + CLIENTS);
      stop.now = true;
      await Promise.all(running);

      servers[victim] = await startPgServer(database.url, sessionsFile, env);
      for (const s of servers) expect((await fetch(`${s.baseUrl}/healthz`)).status).toBe(200);
      for (const [i, r] of respondents.entries()) {
        const { current, history } = await committedWithHistoryPg(database.url, r.org, FIELD);
        const mine = acked[i]!;
        const inHistory = new Set(history.filter((h) => h.startsWith(`ronde ${round},`)).map(counterOf));
        const lost = mine.filter((n) => !inHistory.has(n));
        expect(lost, `${r.org}: acknowledged but missing after kill (round ${round}, kill after ${delay} ms)`).toEqual([]);
        if (mine.length > 0) {
          expect(current, r.org).not.toBeNull();
          expect(counterOf(current!)).toBeGreaterThanOrEqual(Math.max(...mine));
        }
      }
      console.log(`round ${round}: instance ${victim} killed after ${delay} ms, ${count(0) + count(1)} acknowledged saves, all present`);
    }
    // The sessions from before the first kill still work on the restarted instances.
    for (const [i, s] of servers.entries()) {
      const url = `${s.baseUrl}/api/waves/${WAVE}/responses/${respondents[i]!.org}`;
      const me = await fetch(url, { headers: { cookie: sessions[i]!.cookie } });
      expect(me.status).toBe(200);
    }
  });
});
