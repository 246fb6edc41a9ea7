import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startReminderScheduler } from '../../server/services/reminderPlan/scheduler.ts';
import { runDueReminders, type RunSettings } from '../../server/services/reminderPlan/runner.ts';
import { isPostgresUrl } from '../../server/db/database.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { testDatabaseTarget } from '../support/testDatabase.ts';
import { WAVE } from '../support/wave.ts';
import { csrfFrom, listenSmtp, readMessage } from './support.ts';
import type { Session } from '../support/context.ts';

/** Scheduled reminders' tests (issue 16, point 4): a mail server that can refuse, and apps on one database file. */
export interface FlakySmtp {
  url: string;
  /** What arrived, one entry per recipient. */
  received: { to: string; subject: string; text: string }[];
  /** The next `times` messages to this address are refused (451, as a busy mail server does). */
  refuse(address: string, times: number): void;
  /** Forgets what arrived and every refusal still to come. */
  reset(): void;
  close(): Promise<void>;
}

export async function startFlakySmtp(): Promise<FlakySmtp> {
  const received: FlakySmtp['received'] = [];
  const refusals = new Map<string, number>();
  const server = await listenSmtp((raw, to) => {
    const m = readMessage(raw);
    for (const address of to) received.push({ to: address, ...m });
  }, (address, _session, callback) => {
    const left = refusals.get(address.address) ?? 0;
    if (left > 0) {
      refusals.set(address.address, left - 1);
      const err = Object.assign(new Error('Tijdelijk niet beschikbaar'), { responseCode: 451 });
      return callback(err);
    }
    callback();
  });
  return {
    ...server, received, refuse: (a, n) => refusals.set(a, n),
    reset: () => { received.length = 0; refusals.clear(); },
  };
}

/**
 * A database that several apps in a row open, as a restarted server does: a file in a temporary
 * folder, or under test:pg a PostgreSQL database of its own. `file` is what planContext takes.
 */
export async function databaseFolder(): Promise<{ file: string; remove(): Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenmonitor-plan-'));
  const database = await testDatabaseTarget(path.join(dir, 'monitor.sqlite'));
  return {
    file: database.target,
    remove: async () => { await database.drop(); rmSync(dir, { recursive: true, force: true }); },
  };
}

/** The test app, its e-mail to the given server, on a database file or PostgreSQL database (or in memory). */
export const planContext = (smtpUrl: string, start: Date, database?: string): Promise<TestContext> =>
  createTestContext(start, {
    smtpUrl, baseUrl: 'https://monitor.example.nl', outboxDir: path.join(os.tmpdir(), 'afsprakenmonitor-plan-outbox'),
    ...(database ? (isPostgresUrl(database) ? { databaseUrl: database } : { databasePath: database }) : {}),
  });

export const settings = (over: Partial<RunSettings> = {}): RunSettings => ({
  ratePerMinute: 100, retry: { maxAttempts: 3, baseDelayMs: 5 * 60_000 }, ...over,
});

/** One pass of the scheduler on the app's own clock. */
export const tick = (ctx: TestContext, over: Partial<RunSettings> = {}) => runDueReminders(ctx.services, settings(over));

/** Boots the scheduler as the server does at start (a pattern that never fires by itself during a test), waits for its first pass. */
export async function bootScheduler(ctx: TestContext, over: Partial<RunSettings> = {}) {
  const scheduler = startReminderScheduler(ctx.services, { ...settings(over), pattern: '0 0 0 1 1 *' });
  const first = await scheduler.ready;
  await scheduler.stop();
  return first;
}

export const planUrl = `/beheer/rondes/${WAVE}/herinneringsplan`;

export async function addStep(s: Session, form: Record<string, unknown>) {
  const csrf = await csrfFrom(s, planUrl);
  return s.agent.post(planUrl).type('form').send({
    _csrf: csrf, status: ['niet-gestart', 'bezig'], onderwerp: 'Herinnering {ronde}',
    tekst: 'Beste {organisatie}, dien de vragenlijst in vóór {sluitdatum}: {link}', ...form,
  });
}
