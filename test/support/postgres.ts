/**
 * The operations tests on a real PostgreSQL (issue 19): each test file gets databases of its own,
 * named pgops_…, on the server of TEST_DATABASE_URL (CI) or the local throw-away cluster
 * (scripts/pg/start-cluster.sh, started when needed). Dropped again when the file is done.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import pg from 'pg';
import { createApp } from '../../server/app.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import type { PostgresDatabase } from '../../server/db/database.ts';
import { insertUser } from '../../server/db/repos/users.ts';
import { boot, type Booted } from '../../server/services/bootstrap.ts';
import { csrfOf, TEST_PASSWORD, visit, type Session } from './context.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
let serverUrl: string | null = null;

/** The server's address (its maintenance database 'postgres'). */
export function pgServerUrl(): string {
  if (serverUrl) return serverUrl;
  const fromEnv = process.env.TEST_DATABASE_URL?.trim();
  serverUrl = fromEnv || execFileSync('bash', [path.join(ROOT, 'scripts/pg/start-cluster.sh')], { encoding: 'utf8' }).trim();
  return serverUrl;
}

/** The same server, another database. */
export function urlOf(database: string): string {
  const url = new URL(pgServerUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement on the maintenance database (create/drop database cannot run in a pool's transaction). */
export async function onServer<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: pgServerUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

const made: string[] = [];

/** A new empty database; its address. */
export async function createDatabase(label: string): Promise<{ name: string; url: string }> {
  const name = `pgops_${label}_${randomBytes(4).toString('hex')}`;
  await onServer(`create database ${name}`);
  made.push(name);
  return { name, url: urlOf(name) };
}

/** Drops a database, ending the connections still on it. */
export async function dropDatabase(name: string): Promise<void> {
  await onServer(`drop database if exists ${name} with (force)`);
}

/** Drops every database this file made (afterAll). */
export async function dropAll(): Promise<void> {
  for (const name of made.splice(0)) await dropDatabase(name);
}

export interface PgApp extends Booted {
  database: PostgresDatabase;
  app: Express;
  config: Config;
  addUser(email: string, role: string, org?: string | null): Promise<number>;
  login(email: string): Promise<Session>;
}

let cachedHash: Promise<string> | null = null;

/** The app on a PostgreSQL database (migrated, reference data, the 2024 wave), sessions in that database. */
export async function pgApp(databaseUrl: string, now: () => Date = () => new Date('2024-05-15T10:00:00Z')): Promise<PgApp> {
  const config: Config = { ...loadConfig({ NODE_ENV: 'test' }), demo: false, databaseUrl, outboxDir: path.join(os.tmpdir(), `afsprakenmonitor-test-outbox-${process.pid}`) };
  const booted = await boot({ ...config, databasePath: ':memory:' }, now);
  return withApp(booted, config);
}

/** A second instance on the same database as `first`: its own pool and app, the same configuration and SESSION_SECRET. */
export async function secondInstance(first: PgApp, now: () => Date = () => new Date('2024-05-15T10:00:00Z')): Promise<PgApp> {
  return withApp(await boot({ ...first.config, databasePath: ':memory:' }, now), first.config);
}

/** The app built on what boot() gave, as server/index.ts builds it. */
export function withApp(booted: Booted, config: Config): PgApp {
  const app = createApp(booted.services, { config, database: booted.database });
  if (booted.database.dialect !== 'postgres') throw new Error('pgApp needs a postgres:// address');
  const database = booted.database;
  return {
    ...booted, database, app, config,
    async addUser(email, role, org = null) {
      cachedHash ??= hashPassword(TEST_PASSWORD);
      return insertUser(booted.services.db, { email, passwordHash: await cachedHash, role, organisationCode: org }, new Date().toISOString());
    },
    login: (email) => loginOn(app, email),
  };
}

/** Logs in through the login page of this app. */
export async function loginOn(app: Express, email: string): Promise<Session> {
  const { agent, csrf } = await visit(app, '/inloggen');
  const res = await agent.post('/inloggen').type('form').send({ email, password: TEST_PASSWORD, _csrf: csrf });
  if (res.status !== 303 && res.status !== 302) throw new Error(`login failed for ${email}: ${res.status}`);
  const home = await agent.get('/');
  return { agent, csrf: csrfOf(home.text) };
}
