// `npm run bench` part (issue 19): saves on PostgreSQL beside SQLite, and two app instances beside one;
// the monitor tables on PostgreSQL beside SQLite (postgresTables.ts). Only when a PostgreSQL server answers
// (BENCH_DATABASE_URL, default the local cluster of scripts/pg/start-cluster.sh); a fresh database per run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadSurveys } from '../../server/survey/loader.ts';
import { freshDatabase, LOCAL_CLUSTER, pgReachable, preparePgDatabase, startPgServer, type FreshDatabase } from './pgServers.ts';
import { benchTablesPg } from './postgresTables.ts';
import {
  benchKind, inBatches, login, prepareDatabase, startServer, WAVE, type RealServer, type Respondent, type Session,
} from './realServer.ts';

const LEVELS = [50, 200];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

interface Target {
  path: string;
  headers: Record<string, string>;
  field: string;
}

/** Per respondent and field: the last value the server acknowledged (what the next save is based on). */
const lastSaved = new Map<string, string>();

/** The explanation fields of a gemeente: colleagues each save their own, so there are no conflicts. */
function fieldsToSave(): string[] {
  const survey = loadSurveys().get(WAVE)!;
  const kind = benchKind(survey);
  return survey.questions.filter((q) => q.actorKinds.includes(kind) && q.explanation).map((q) => `${q.id}.toelichting`);
}

/** autocannon on one server, `connections` respondents (client numbers from `first`) saving one answer per request. */
async function measureOne(url: string, connections: number, first: number, target: (client: number) => Target): Promise<Figures> {
  let nextClient = 0;
  let saves = 0;
  const result = await autocannon({
    url, connections, duration: SECONDS, initialContext: {},
    // As in saves.ts: a long list of one entry keeps each connection one respondent with one session for the run.
    requests: new Array(1_000).fill({
      method: 'PUT',
      setupRequest: (req: autocannon.Request, context: object) => {
        const ctx = context as { client?: number; pending?: string };
        ctx.client ??= first + (nextClient++ % connections);
        const t = target(ctx.client);
        const value = `Toelichting, opslag ${first}-${++saves}`;
        const bases = { [t.field]: lastSaved.get(t.path + t.field) ?? null };
        const body = JSON.stringify({ version: 0, bases, answers: { [t.field]: value } });
        ctx.pending = value;
        return { ...req, path: t.path, headers: { ...t.headers, 'content-type': 'application/json' }, body };
      },
      onResponse: (status: number, _body: string, context: object) => {
        const ctx = context as { client: number; pending: string };
        const t = target(ctx.client);
        if (status === 200) lastSaved.set(t.path + t.field, ctx.pending);
      },
    }),
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors };
}

/** The respondents spread over the servers at once; throughput summed, the worst p99, p50 weighted by requests. */
async function measure(servers: RealServer[], connections: number, target: (client: number) => Target): Promise<Figures> {
  const share = Math.ceil(connections / servers.length);
  const parts = await Promise.all(servers.map((s, i) => measureOne(s.baseUrl, share, i * share, target)));
  const rps = parts.reduce((n, p) => n + p.rps, 0);
  return {
    rps, p99: Math.max(...parts.map((p) => p.p99)), errors: parts.reduce((n, p) => n + p.errors, 0),
    p50: parts.reduce((n, p) => n + p.p50 * p.rps, 0) / rps,
  };
}

interface Setup {
  label: string;
  servers: RealServer[];
  respondents: Respondent[];
  stop(): Promise<void>;
}

async function stopAll(servers: RealServer[]): Promise<void> {
  for (const s of servers) {
    s.process.kill('SIGTERM');
    await s.exited;
  }
}

async function sqliteSetup(dir: string, count: number): Promise<Setup> {
  const file = path.join(dir, 'app.sqlite');
  const respondents = await prepareDatabase(file, count);
  const servers = [await startServer(file)];
  return { label: 'SQLite, 1 instantie', servers, respondents, stop: () => stopAll(servers) };
}

async function postgresSetup(admin: string, dir: string, count: number, instances: number): Promise<Setup> {
  const database: FreshDatabase = await freshDatabase(admin, 'pgscale_bench');
  const sessions = path.join(dir, `sessions-${instances}.sqlite`);
  const respondents = await preparePgDatabase(database.url, sessions, count);
  const servers = await Promise.all(Array.from({ length: instances }, () => startPgServer(database.url, sessions)));
  const label = `PostgreSQL, ${instances} instantie${instances > 1 ? 's' : ''}`;
  return { label, servers, respondents, stop: async () => { await stopAll(servers); await database.drop(); } };
}

const fmt = (n: number, width: number, digits = 0) => n.toFixed(digits).padStart(width);
const row = (f: Figures) => `${fmt(f.rps, 8)} ${fmt(f.p50, 6)} ${fmt(f.p99, 6)} ${fmt(f.errors, 6)}`;

/** The save throughput of one setup at every level (each level saves other fields, as in saves.ts). */
async function runSetup(setup: Setup, fields: string[]): Promise<Figures[]> {
  const { servers, respondents } = setup;
  // Every setup is a new database with the same organisation codes: nothing saved before counts.
  lastSaved.clear();
  const sessions: Session[] = await inBatches(respondents, 16, (r, i) => login(servers[i % servers.length]!.baseUrl, r.email));
  const orgs = new Set(respondents.map((r) => r.org)).size;
  const out: Figures[] = [];
  for (const [level, c] of LEVELS.entries()) {
    const target = (i: number): Target => ({
      path: `/api/waves/${WAVE}/responses/${respondents[i]!.org}`,
      headers: { cookie: sessions[i]!.cookie, 'x-csrf-token': sessions[i]!.csrf },
      field: fields[(Math.floor(i / orgs) + level * 2) % fields.length]!,
    });
    out.push(await measure(servers, c, target));
  }
  return out;
}

async function benchSavesPg(admin: string): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'afsprakenmonitor-bench-pg-'));
  const count = Math.max(...LEVELS);
  const fields = fieldsToSave();
  const results: { label: string; figures: Figures[] }[] = [];
  try {
    const makers = [() => sqliteSetup(dir, count), () => postgresSetup(admin, dir, count, 1), () => postgresSetup(admin, dir, count, 2)];
    for (const make of makers) {
      const setup = await make();
      try {
        results.push({ label: setup.label, figures: await runSetup(setup, fields) });
      } finally {
        await setup.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`PUT /api/waves/:wave/responses/:org, ${count} ingelogde respondenten, ${SECONDS} s per meting,`
    + ' loopback, zelfde machine als de database');
  console.log('per opstelling: verz/s, p50 en p99 in ms, fouten; bij 2 instanties de respondenten half over elk, verz/s opgeteld\n');
  console.log(`respondenten | ${results.map((r) => r.label.padEnd(29)).join(' | ')} | PG/SQLite | 2×/1× PG`);
  for (const [i, c] of LEVELS.entries()) {
    const [lite, one, two] = results.map((r) => r.figures[i]!);
    const ratios = `${fmt(one!.rps / lite!.rps, 9, 2)} | ${fmt(two!.rps / one!.rps, 8, 2)}`;
    console.log(`${fmt(c, 12)} | ${results.map((r) => row(r.figures[i]!)).join(' | ')} | ${ratios}`);
  }
}

/** Hides a password in a connection string before it is printed. */
const shown = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');

/** The section `npm run bench` ends with (one call in scripts/bench.ts, so the list in index.ts stays as it is). */
export async function runPostgresBench(): Promise<void> {
  console.log('\n=== PostgreSQL naast SQLite, twee instanties naast één (issue 19) ===');
  await benchPostgres();
}

export async function benchPostgres(): Promise<void> {
  const admin = process.env.BENCH_DATABASE_URL ?? LOCAL_CLUSTER;
  if (!(await pgReachable(admin))) {
    console.log(`Geen PostgreSQL bereikbaar op ${shown(admin)}: vergelijking met PostgreSQL overgeslagen`
      + ' (BENCH_DATABASE_URL, of scripts/pg/start-cluster.sh).');
    return;
  }
  console.log(`PostgreSQL op ${shown(admin)} (per meting een nieuwe database)\n`);
  await benchSavesPg(admin);
  console.log('');
  await benchTablesPg(admin);
}
