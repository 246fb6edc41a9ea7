// The real server as a separate process, for the bench and the durability test.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '../../server/auth/passwords.ts';
import { listOrganisations } from '../../server/db/repos/organisations.ts';
import { insertUser } from '../../server/db/repos/users.ts';
import { boot } from '../../server/services/bootstrap.ts';
import { areaMemberKinds } from '../../server/survey/actors.ts';
import type { Survey } from '../../server/survey/schema.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The wave demo mode opens today: since issue 17 the 2025 monitor (the 2024 wave before it is closed).
export const WAVE = 'hervormingsagenda-2025';
export const PASSWORD = 'bench-wachtwoord-2024';
/** Fixed, so sessions stay valid when the server restarts on the same file. */
const SESSION_SECRET = 'durability-and-bench-session-secret-0123456789';

/** The kind the bench's respondents belong to: the survey's area kind that lies in a region (gemeente). */
export function benchKind(survey: Survey): string {
  const kind = areaMemberKinds(survey)[0];
  if (!kind) throw new Error(`The bench needs a survey with an area kind that lies in a region; ${survey.id} has none.`);
  return kind;
}

export interface Respondent {
  email: string;
  org: string;
}

/**
 * A database file with the wave open today (demo dates) and `count` respondents of gemeenten,
 * created directly in the database: one per gemeente first, then colleagues.
 */
export async function prepareDatabase(file: string, count: number): Promise<Respondent[]> {
  const booted = await boot({ databasePath: file, demo: true });
  try {
    // The wave of the bench runs the survey of the same id.
    const orgs = await listOrganisations(booted.services.db, benchKind(booted.services.surveys.get(WAVE)!));
    const hash = await hashPassword(PASSWORD);
    const out: Respondent[] = [];
    for (let i = 0; i < count; i++) {
      const r = { email: `respondent-${i}@bench.example`, org: orgs[i % orgs.length]!.code };
      await insertUser(booted.services.db, { email: r.email, passwordHash: hash, role: 'respondent', organisationCode: r.org }, new Date().toISOString());
      out.push(r);
    }
    return out;
  } finally {
    booted.database.close();
  }
}

export interface RealServer {
  baseUrl: string;
  process: ChildProcess;
  /** Resolves with the exit code (null after a signal). */
  exited: Promise<number | null>;
  output: () => string;
}

/**
 * The Node flags `npm start` gives the server (package.json; test/architecture/startFlags.test.ts
 * keeps the two the same). A larger young generation: a save makes short-lived garbage, and with
 * V8's default 16 MB semi-space the scavenges of a busy server took about a tenth of its CPU (issue 18).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=32'];

/** Starts `server/index.ts` in its own Node process (no tsx wrapper, so a signal reaches the server itself). */
export function startServer(databasePath: string, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<RealServer> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...nodeArgs, '--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', DATABASE_PATH: databasePath, PORT: '0', DEMO: 'false', LOG_LEVEL: 'warn', SESSION_SECRET, VITEST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // If this process dies (a failed test, a crashed bench), the server goes with it.
  const orphanGuard = () => child.kill('SIGKILL');
  process.on('exit', orphanGuard);
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      process.off('exit', orphanGuard);
      resolve(code);
    }),
  );
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /draait op http:\/\/localhost:(\d+)/.exec(output);
      if (m) resolve({ baseUrl: `http://127.0.0.1:${m[1]}`, process: child, exited, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    void exited.then((code) => reject(new Error(`server stopped before listening (exit ${code}):\n${output}`)));
    setTimeout(() => reject(new Error(`server did not start within 30 s:\n${output}`)), 30_000).unref();
  });
}

export interface Session {
  cookie: string;
  csrf: string;
}

const csrfFrom = (html: string) => /<meta name="csrf-token" content="([^"]+)"/.exec(html)?.[1] ?? '';
const sid = (res: Response, fallback = '') =>
  res.headers.getSetCookie().find((c) => c.startsWith('afsprakenmonitor.sid='))?.split(';')[0] ?? fallback;

/** Logs in through the login form, as a browser would: a session cookie and its CSRF token. */
export async function login(baseUrl: string, email: string, password = PASSWORD): Promise<Session> {
  const page = await fetch(`${baseUrl}/inloggen`);
  let cookie = sid(page);
  const res = await fetch(`${baseUrl}/inloggen`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ _csrf: csrfFrom(await page.text()), email, password }),
  });
  if (res.status !== 303) throw new Error(`login ${email}: ${res.status}`);
  cookie = sid(res, cookie);
  const home = await fetch(`${baseUrl}/`, { headers: { cookie } });
  return { cookie, csrf: csrfFrom(await home.text()) };
}

/** Runs `fn` over `items` with at most `limit` at a time. */
export async function inBatches<T, R>(items: T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  }));
  return out;
}
