/**
 * Global set-up of `npm run test:pg`: makes sure a PostgreSQL server is there (the local throw-away
 * cluster of scripts/pg/start-cluster.sh unless TEST_DATABASE_URL names one), migrates a template
 * database once, makes the run's registry of spare databases (testDatabase.ts), and afterwards drops
 * every database of the run.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateToLatest, openDatabase } from '../../server/db/database.ts';
import { quoted, serverUrl, urlOf } from './testDatabase.ts';

export default async function setup(project: TestProject) {
  if (!process.env.TEST_DATABASE_URL) execFileSync('bash', ['scripts/pg/start-cluster.sh'], { stdio: 'ignore' });
  // One prefix per run, so two runs on one server (or two helpers) never drop each other's databases.
  const prefix = `${process.env.TEST_DATABASE_PREFIX || 'afm_test'}_${randomBytes(3).toString('hex')}`;
  const template = `${prefix}_template`;
  const registry = `${prefix}_registry`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`create database ${quoted(template)}`);
  await admin.query(`create database ${quoted(registry)}`);
  const spare = new pg.Client({ connectionString: urlOf(registry) });
  await spare.connect();
  await spare.query('create table spare (name text primary key)');
  await spare.end();
  const database = openDatabase(urlOf(template));
  try {
    await migrateToLatest(database.db);
  } finally {
    await database.close();
  }
  project.provide('pgTemplate', template);
  project.provide('pgPrefix', prefix);
  project.provide('pgRegistry', registry);
  return async () => {
    const { rows } = await admin.query<{ datname: string }>('select datname from pg_database where starts_with(datname, $1)', [prefix]);
    for (const { datname } of rows) await admin.query(`drop database if exists ${quoted(datname)} with (force)`);
    await admin.end();
  };
}
