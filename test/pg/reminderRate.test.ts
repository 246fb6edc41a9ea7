/**
 * Issue 19, point 3: the reminder scheduler's rate limit (REMINDER_RATE_PER_MINUTE) with two instances
 * on one PostgreSQL database, both passing every second. Each pass counts what went out in the last
 * minute and sends at most the rest; two passes counting at the same moment would each send the whole
 * budget. One pass at a time across the instances (an advisory lock) keeps it to the limit.
 * Needs a PostgreSQL server: TEST_DATABASE_URL, default the local cluster of scripts/pg/start-cluster.sh.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WAVE, type RealServer } from '../../scripts/bench/realServer.ts';
import { freshDatabase, preparePgDatabase, startPgServer, stopServers, testServerUrl, type FreshDatabase } from '../../scripts/bench/pgServers.ts';
import { amsterdamDate } from '../../server/domain/fieldwork.ts';
import { daysBefore } from '../../server/domain/reminderSchedule.ts';
import { boot } from '../../server/services/bootstrap.ts';
import { startFlakySmtp, type FlakySmtp } from '../coordination/reminderPlanSupport.ts';
import { addReminderStepOn } from '../support/arrange.ts';

const RATE = 3;
let database: FreshDatabase;
let dir: string;
let smtp: FlakySmtp;
let servers: RealServer[] = [];

beforeAll(async () => {
  database = await freshDatabase(testServerUrl(), 'pgscale_rate');
  dir = mkdtempSync(path.join(tmpdir(), 'afsprakenmonitor-pg-rate-'));
  const sessions = path.join(dir, 'sessions.sqlite');
  await preparePgDatabase(database.url, sessions, 12);
  smtp = await startFlakySmtp();
  const env = { SMTP_URL: smtp.url, REMINDER_CRON: '* * * * * *', REMINDER_RATE_PER_MINUTE: String(RATE) };
  servers = await Promise.all([startPgServer(database.url, sessions, env), startPgServer(database.url, sessions, env)]);
}, 120_000);

afterAll(async () => {
  await stopServers(servers);
  await smtp?.close();
  await database?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the reminder rate limit with two instances', () => {
  it(`sends ${RATE} messages in the first minute, not ${RATE} per instance`, async () => {
    const booted = await boot({ databaseUrl: database.url, databasePath: path.join(dir, 'sessions.sqlite'), demo: false });
    try {
      const day = daysBefore(amsterdamDate(new Date()), 1);
      await addReminderStepOn(booted.services, WAVE, day, { subject: 'Herinnering met limiet', body: 'Beste {organisatie}: {link}' });
    } finally {
      await booted.database.close();
    }
    for (let i = 0; i < 300 && smtp.received.length < RATE; i++) await new Promise((r) => setTimeout(r, 100));
    // Both schedulers pass every second: several more passes of each within the same minute.
    await new Promise((r) => setTimeout(r, 5000));
    expect(smtp.received).toHaveLength(RATE);
    expect(new Set(smtp.received.map((m) => m.to)).size).toBe(RATE);
  });
});
