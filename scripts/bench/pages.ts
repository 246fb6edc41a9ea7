// `npm run bench` part: the server-side time of the main pages at national size, p50 and p99 over
// 200 requests each, one at a time over loopback with keep-alive, beside /healthz on the same server
// (the stack's floor: routing, logging, one database read, no page).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashPassword } from '../../server/auth/passwords.ts';
import { insertUser } from '../../server/db/repos/users.ts';
import { boot } from '../../server/services/bootstrap.ts';
import { generateWave } from '../../server/services/syntheticWave.ts';
import { login, PASSWORD, startServer, WAVE } from './realServer.ts';
import { ms, record, times } from './summary.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 200);

/** A national wave (every organisation answering, 90% submitted) and one account per role. */
async function prepare(file: string): Promise<void> {
  const booted = await boot({ databasePath: file, demo: true });
  try {
    const survey = booted.services.surveys.get(WAVE)!;
    await generateWave(booted.database, survey, WAVE, { scale: 1, at: new Date().toISOString() });
    const hash = await hashPassword(PASSWORD);
    const now = new Date().toISOString();
    for (const [email, role, org] of [
      ['gemeente@bench.example', 'respondent', 'GM0363'], ['coord@bench.example', 'coordinator', null], ['analist@bench.example', 'analyst', null],
    ] as const) {
      await insertUser(booted.services.db, { email, passwordHash: hash, role, organisationCode: org }, now);
    }
  } finally {
    booted.database.close();
  }
}

async function timings(url: string, cookie: string): Promise<{ p50: number; p99: number; status: number }> {
  const ms: number[] = [];
  let status = 0;
  for (let i = 0; i < RUNS + 10; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    await res.arrayBuffer();
    // The first ten warm the caches (compiled templates, parsed definitions, SQLite pages).
    if (i >= 10) ms.push(performance.now() - t0);
    status = res.status;
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(ms.length * 0.5)]!, p99: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.99))]!, status };
}

export async function benchPages(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'afsprakenmonitor-pages-'));
  try {
    const file = path.join(dir, 'app.sqlite');
    await prepare(file);
    const app = await startServer(file);
    try {
      const respondent = await login(app.baseUrl, 'gemeente@bench.example');
      const coordinator = await login(app.baseUrl, 'coord@bench.example');
      const analyst = await login(app.baseUrl, 'analist@bench.example');
      const pages: [string, string, string][] = [
        ['vloer: /healthz', '/healthz', ''],
        ['thema van de vragenlijst (respondent)', `/vragenlijst/${WAVE}/GM0363/thema/lokale-teams`, respondent.cookie],
        ['monitor: startpagina (analist)', `/monitor/${WAVE}`, analyst.cookie],
        ['monitor: thema (analist)', `/monitor/${WAVE}/thema/reikwijdte`, analyst.cookie],
        ['responsoverzicht (coördinator)', `/beheer/respons?ronde=${WAVE}`, coordinator.cookie],
        ['lijst van organisaties (coördinator)', '/beheer/organisaties', coordinator.cookie],
      ];
      console.log(`GET, nationale omvang (389 organisaties), ${RUNS} verzoeken per pagina na 10 om op te warmen, één tegelijk`);
      console.log('pagina                                     | status |  p50 ms |  p99 ms | p50 / vloer');
      let floor = 0;
      for (const [name, url, cookie] of pages) {
        const t = await timings(app.baseUrl + url, cookie);
        if (!floor) floor = t.p50;
        console.log(`${name.padEnd(42)} | ${String(t.status).padStart(6)} | ${t.p50.toFixed(2).padStart(7)} | ${t.p99.toFixed(2).padStart(7)} | ${(t.p50 / floor).toFixed(1).padStart(10)}×`);
        if (url !== '/healthz') {
          record({ what: `pagina: ${name}`, app: `p50 ${ms(t.p50)}, p99 ${ms(t.p99)}`, floor: `/healthz ${ms(floor)}`, ratio: times(t.p50, floor), goal: 'p50 ≤ 10 ms' });
        }
      }
      console.log('doel: p50 ≤ 10 ms per pagina');
    } finally {
      app.process.kill('SIGTERM');
      await app.exited;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
