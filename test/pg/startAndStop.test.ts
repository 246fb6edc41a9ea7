import { execFile } from 'node:child_process';
import net from 'node:net';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startServer } from '../../scripts/bench/realServer.ts';
import { EXIT_DATABASE_UNREACHABLE, EXIT_MIGRATION_FAILED } from '../../server/startFailure.ts';
import { createDatabase, dropAll, pgServerUrl, ROOT, urlOf } from '../support/postgres.ts';

afterAll(() => dropAll());

/** Starts server/index.ts as `npm start` does, and waits for it to end: its exit code and what it wrote. */
async function startExpectingFailure(env: Record<string, string>) {
  try {
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      cwd: ROOT, timeout: 60_000, env: { ...process.env, NODE_ENV: 'development', PORT: '0', DEMO: 'false', VITEST: '', ...env },
    });
  } catch (err) {
    const e = err as { code: number; stderr: string; stdout: string };
    return { code: e.code, stderr: e.stderr, stdout: e.stdout };
  }
  throw new Error('the server started');
}

/** A port on the test server's host where nothing listens: a free port, taken and given back. */
async function deadPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as net.AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

describe('start-up faults on PostgreSQL', () => {
  it('the database unreachable: a Dutch line naming the address (no password), exit code 3, no stack trace', async () => {
    const url = new URL(urlOf('pgops_nergens'));
    url.port = String(await deadPort());
    url.password = 'geheim-wachtwoord';
    const { code, stderr } = await startExpectingFailure({ DATABASE_URL: url.toString() });
    expect(code).toBe(EXIT_DATABASE_UNREACHABLE);
    expect(stderr).toContain('De database is niet bereikbaar');
    expect(stderr).toContain(`127.0.0.1:${url.port}/pgops_nergens`);
    expect(stderr).toContain('ECONNREFUSED');
    expect(stderr).toContain('Controleer DATABASE_URL');
    expect(stderr).not.toContain('geheim-wachtwoord');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('a database that does not exist: the same exit code, with PostgreSQL\'s own reason', async () => {
    const { code, stderr } = await startExpectingFailure({ DATABASE_URL: urlOf('pgops_bestaat_niet') });
    expect(code).toBe(EXIT_DATABASE_UNREACHABLE);
    expect(stderr).toContain('database "pgops_bestaat_niet" does not exist');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('a migration that fails: the process stops, names the migration and gives PostgreSQL\'s error, exit code 4', async () => {
    const { url } = await createDatabase('badmigration');
    // A table in the way of the first migration, as a half-done manual change would leave it.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('create table organisations (iets integer)');
    await client.end();
    const { code, stderr } = await startExpectingFailure({ DATABASE_URL: url });
    expect(code).toBe(EXIT_MIGRATION_FAILED);
    expect(stderr).toContain('Migratie 2026_11_22_000000_initial mislukt: relation "organisations" already exists');
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});

describe('graceful stop on PostgreSQL (SIGTERM)', () => {
  it('closes the server and the scheduler, ends the pool, exits 0', async () => {
    const { url, name } = await createDatabase('stop');
    const server = await startServer(':memory:', { DATABASE_URL: url, DEMO: 'true', DEMO_ANSWERS: 'false', LOG_LEVEL: 'info' });
    try {
      expect(server.output()).toContain('(database PostgreSQL uit DATABASE_URL)');
      const health = await fetch(`${server.baseUrl}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });
      // The pool holds connections to the app's database (idle ones too), until the stop ends it.
      const connections = async () => Number((await onDatabase(name))[0]?.n ?? 0);
      expect(await connections()).toBeGreaterThan(0);
      server.process.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(server.output()).toContain('"msg":"gestopt"');
      expect(server.output()).not.toContain('fout bij het sluiten van de database');
      expect(await connections()).toBe(0);
    } finally {
      if (server.process.exitCode === null) server.process.kill('SIGKILL');
    }
  });
});

const onDatabase = async (name: string) => {
  const client = new pg.Client({ connectionString: pgServerUrl() });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name])).rows;
  } finally {
    await client.end();
  }
};
