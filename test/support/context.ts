import request from 'supertest';
import type { Express } from 'express';
import * as cheerio from 'cheerio';
import { createApp } from '../../server/app.ts';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../server/config.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { insertUser } from '../../server/db/repos/users.ts';
import { boot, type Booted, type BootOptions } from '../../server/services/bootstrap.ts';
import { createPgTestDatabase, onPostgres, testDatabaseTarget } from './testDatabase.ts';

export const TEST_PASSWORD = 'test-wachtwoord-123';
let cachedHash: Promise<string> | null = null;

export interface TestContext extends Booted {
  app: Express;
  /** Moves the clock used by the app (fieldwork dates). */
  setNow(date: Date): void;
  addUser(email: string, role: string, org?: string | null): Promise<number>;
  login(email: string): Promise<Session>;
  /** addUser and login in one: a new account of this role, logged in. */
  loginAs(email: string, role: string, org?: string | null): Promise<Session>;
  /** Closes the database (under test:pg also drops it): await it. */
  close(): Promise<void>;
}

export interface Session {
  agent: ReturnType<typeof request.agent>;
  csrf: string;
}

/**
 * A fresh app on an in-memory database (under `npm run test:pg` a fresh PostgreSQL database) with the reference data and the 2024 wave, open from
 * 2024-04-08 to 2024-06-30; the clock starts on 2024-05-15 (inside the fieldwork).
 */
export async function createTestContext(
  start = new Date('2024-05-15T10:00:00Z'),
  configOverrides: Partial<Config> = {},
  bootOptions: BootOptions = {},
): Promise<TestContext> {
  let now = start;
  // A file database only when a test asks for one (fault tests need a second connection to it).
  const databasePath = configOverrides.databasePath ?? ':memory:';
  // Under test:pg every context gets a database of its own (a given file then holds only the sessions),
  // unless the test names one (an app restarted on the same database): that one it does not drop.
  const pg = onPostgres() && !configOverrides.databaseUrl ? await createPgTestDatabase() : null;
  const databaseUrl = configOverrides.databaseUrl ?? pg?.url ?? null;
  // Without SMTP_URL e-mail goes to an outbox folder: a temporary one, never ./data/outbox.
  const outboxDir = path.join(os.tmpdir(), `afsprakenmonitor-test-outbox-${process.pid}`);
  const config: Config = { ...loadConfig({ NODE_ENV: 'test' }), demo: false, outboxDir, ...configOverrides, databaseUrl };
  // The app context (with its mailer) is made from the same configuration the app is built with.
  const booted = await boot({ ...config, databasePath, demo: false }, () => now, bootOptions);
  // Sessions stay in SQLite here (':memory:' unless a file was asked for), on either database.
  const app = createApp(booted.services, { config, sessionDbPath: databasePath });
  const ctx: TestContext = {
    ...booted,
    app,
    setNow: (d) => { now = d; },
    async addUser(email, role, org = null) {
      cachedHash ??= hashPassword(TEST_PASSWORD);
      return insertUser(booted.services.db, { email, passwordHash: await cachedHash, role, organisationCode: org }, now.toISOString());
    },
    async login(email) {
      const { agent, csrf } = await visit(app, '/inloggen');
      const res = await agent.post('/inloggen').type('form').send({ email, password: TEST_PASSWORD, _csrf: csrf });
      if (res.status !== 303 && res.status !== 302) throw new Error(`login failed for ${email}: ${res.status}`);
      const home = await agent.get('/');
      const token = csrfOf(home.text);
      return { agent, csrf: token };
    },
    async loginAs(email, role, org = null) {
      await ctx.addUser(email, role, org);
      return ctx.login(email);
    },
    async close() {
      await booted.database.close();
      await pg?.drop();
    },
  };
  return ctx;
}

export const $ = (html: string) => cheerio.load(html);

/** The form token a page carries in its meta tag ('' when it has none). */
export const csrfOf = (html: string): string => $(html)('meta[name="csrf-token"]').attr('content') ?? '';

/** A visitor who is not logged in opens a page: the agent (with its session cookie), the page and its form token. */
export async function visit(app: Express, path: string) {
  const agent = request.agent(app);
  const page = await agent.get(path);
  return { agent, page, csrf: csrfOf(page.text) };
}

/**
 * Start-up as the server does it (boot), on a test database: ':memory:' SQLite, or under test:pg a
 * fresh PostgreSQL database. `close` closes it (and drops the PostgreSQL one): await it.
 */
export async function bootTestDatabase(
  config: { demo: boolean }, now: () => Date, options: BootOptions = {},
): Promise<Booted & { close(): Promise<void> }> {
  const database = await testDatabaseTarget();
  const booted = await boot({ ...config, databasePath: ':memory:', databaseUrl: onPostgres() ? database.target : null }, now, options)
    .catch(async (e: unknown) => { await database.drop(); throw e; });
  return { ...booted, close: async () => { await booted.database.close(); await database.drop(); } };
}
