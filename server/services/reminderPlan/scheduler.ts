import { Cron } from 'croner';
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import { LOCK_KEYS, whileHolding } from '../../db/advisoryLock.ts';
import type { Services } from '../../context.ts';
import { runDueReminders, type RunResult, type RunSettings } from './runner.ts';

/**
 * The clock that drives the reminder plans (issue 16, point 4): croner runs one pass every few
 * seconds (REMINDER_CRON); the plan and its progress live in the database, so the schedule is the
 * data, not the timer: a plan edited a moment ago, or a step that fell due while the server was
 * down, is picked up by the next pass. Croner's `protect` keeps passes from overlapping.
 */
export interface ReminderScheduler {
  /** The pass made at start (a step missed while the server was down goes out now). */
  ready: Promise<RunResult>;
  /** One pass now; while one runs, that one. */
  tick(): Promise<RunResult>;
  /** No further passes; resolves when the pass in flight has finished (before the database closes). */
  stop(): Promise<void>;
}

export type SchedulerSettings = RunSettings & { pattern: string };

type ReminderConfig = Pick<Config, 'reminderCron' | 'reminderRatePerMinute' | 'reminderMaxAttempts' | 'reminderRetryMinutes'>;

export const schedulerSettings = (c: ReminderConfig): SchedulerSettings => ({
  pattern: c.reminderCron, ratePerMinute: c.reminderRatePerMinute,
  retry: { maxAttempts: c.reminderMaxAttempts, baseDelayMs: c.reminderRetryMinutes * 60_000 },
});

/**
 * With several instances on one PostgreSQL database, one pass at a time across all of them (an
 * advisory lock; the other instances skip this tick): claiming a step is safe on its own (a conditional
 * update), but the rate limit counts the mail sent in the last minute, and two passes counting at once
 * would each use the whole budget.
 */
async function onePass(s: Services, settings: RunSettings, halt: { stopped: boolean }): Promise<RunResult> {
  const r = await whileHolding(s.db, LOCK_KEYS.reminderPass, false, (db) => runDueReminders({ ...s, db }, settings, halt));
  return r ?? { started: 0, sent: 0, failed: 0, skipped: 0 };
}

export function startReminderScheduler(s: Services, settings: SchedulerSettings, log?: Logger): ReminderScheduler {
  let running: Promise<RunResult> | null = null;
  const stopping = { stopped: false };
  const tick = (): Promise<RunResult> =>
    (running ??= onePass(s, settings, stopping).then((r) => {
      if (r.started || r.sent || r.failed || r.skipped) log?.info({ reminders: r }, 'geplande herinneringen');
      return r;
    }).finally(() => { running = null; }));
  const job = new Cron(settings.pattern, {
    protect: true, name: 'herinneringsplan',
    catch: (err) => log?.error({ err }, 'geplande herinneringen: fout in deze ronde, de volgende probeert het opnieuw'),
  }, async () => {
    await tick();
  });
  return {
    ready: tick(),
    tick,
    async stop() {
      job.stop();
      stopping.stopped = true;
      await running?.catch(() => undefined);
    },
  };
}
