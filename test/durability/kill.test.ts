import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inBatches, login, prepareDatabase, startServer, WAVE, type RealServer, type Respondent, type Session } from '../../scripts/bench/realServer.ts';
import { committedWithHistory } from '../support/inspectFile.ts';

const CLIENTS = 24;
const ROUNDS = 5;
const FIELD = 'gemeente.reikwijdte.01.toelichting';

let dir: string;
let file: string;
let respondents: Respondent[];
let server: RealServer | null = null;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'afsprakenmonitor-durability-'));
  file = path.join(dir, 'monitor.sqlite');
  respondents = await prepareDatabase(file, CLIENTS);
});
afterAll(async () => {
  if (server && server.process.exitCode === null) {
    server.process.kill('SIGKILL');
    await server.exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

const text = (round: number, n: number) => `ronde ${round}, opslag ${n}`;
const counterOf = (value: string) => Number(/opslag (\d+)/.exec(value)?.[1] ?? -1);

/** One respondent saving again and again, as autosave does, until the server goes away. */
async function saveUntilDown(s: RealServer, session: Session, org: string, round: number, acked: number[]): Promise<void> {
  const url = `${s.baseUrl}/api/waves/${WAVE}/responses/${org}`;
  // The API wants the version the change is based on; each acknowledged save returns the next one.
  let version: number;
  try {
    version = ((await (await fetch(url, { headers: { cookie: session.cookie } })).json()) as { version: number }).version;
  } catch {
    return; // killed before the first save
  }
  for (let n = 1; ; n++) {
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
    if (res.status !== 200) throw new Error(`save ${org} #${n}: HTTP ${res.status}`);
    version = (JSON.parse(body) as { version: number }).version;
    acked.push(n);
  }
}

/** What the database file holds after the restart, read directly (the server has it open too: WAL allows that). */
const stored = (org: string) => committedWithHistory(file, org, FIELD);

describe('SIGKILL at a random moment loses no acknowledged save', () => {
  it(`${ROUNDS} rounds of ${CLIENTS} clients saving, kill -9, restart, check`, async () => {
    server = await startServer(file);
    // Sessions live in the same SQLite file: logged in once, they survive every restart.
    const sessions = await inBatches(respondents, 8, (r) => login(server!.baseUrl, r.email));
    for (let round = 1; round <= ROUNDS; round++) {
      const acked = respondents.map(() => [] as number[]);
      const running = respondents.map((r, i) => saveUntilDown(server!, sessions[i]!, r.org, round, acked[i]!));
      // Random moment, but only after real work: at least a few saves acknowledged.
      const total = () => acked.reduce((n, a) => n + a.length, 0);
      while (total() < CLIENTS * 2) await new Promise((r) => setTimeout(r, 10));
      const delay = Math.floor(Math.random() * 1500);
      await new Promise((r) => setTimeout(r, delay));
      server.process.kill('SIGKILL');
      expect(await server.exited).toBeNull();
      await Promise.all(running);
      const ackedCount = total();

      server = await startServer(file);
      const health = await fetch(`${server.baseUrl}/healthz`);
      expect(health.status).toBe(200);
      for (const [i, r] of respondents.entries()) {
        const { current, history } = stored(r.org);
        const mine = acked[i]!;
        const inHistory = new Set(history.filter((h) => h.startsWith(`ronde ${round},`)).map(counterOf));
        const lost = mine.filter((n) => !inHistory.has(n));
        expect(lost, `${r.org}: acknowledged but missing after kill (round ${round}, kill after ${delay} ms)`).toEqual([]);
        if (mine.length > 0) {
          expect(current, r.org).not.toBeNull();
          // The current answer is the last acknowledged one, or a later save that was committed but not yet answered.
          expect(counterOf(current!)).toBeGreaterThanOrEqual(Math.max(...mine));
        }
      }
      const db = new SQLite(file, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      console.log(`round ${round}: killed after ${delay} ms, ${ackedCount} acknowledged saves, all present`);
    }
    // The sessions from before the first kill still work.
    const me = await fetch(`${server.baseUrl}/api/waves/${WAVE}/responses/${respondents[0]!.org}`, { headers: { cookie: sessions[0]!.cookie } });
    expect(me.status).toBe(200);
  });
});
