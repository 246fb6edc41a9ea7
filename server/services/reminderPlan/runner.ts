/** One run of a wave's reminder plan: start the due steps, then send within the rate limit. */
import { lockDelivery, nextDueDelivery, scheduledMailsSince } from '../../db/repos/reminderDeliveries.ts';
import type { Services } from '../../context.ts';
import { sendDelivery } from './delivery.ts';
import type { RunResult, RunSettings } from './runTypes.ts';
import { startDueSteps } from './stepStart.ts';

export type { RunResult, RunSettings } from './runTypes.ts';

/**
 * Carries out a wave's reminder plan (issue 16, point 4). One run: start every step that is due
 * (its recipients fixed in one transaction, one row per organisation under a unique constraint:
 * stepStart.ts), then send what is due within the rate limit (delivery.ts). Everything it knows is
 * in the database, so a run after a restart picks up exactly where the last one stopped; the clock
 * is the app context's.
 */

/** How long a process may take to send one organisation's message before another may take it over. */
const LOCK_MS = 5 * 60_000;

/** One run of the scheduler. */
export async function runDueReminders(s: Services, settings: RunSettings, halt = { stopped: false }): Promise<RunResult> {
  const result: RunResult = { started: await startDueSteps(s), sent: 0, failed: 0, skipped: 0 };
  // On shutdown the pass ends after the organisation it is sending to; the rest waits in the database.
  while (!halt.stopped) {
    const now = s.now();
    const budget = settings.ratePerMinute - (await scheduledMailsSince(s.db, new Date(now.getTime() - 60_000).toISOString()));
    if (budget <= 0) break;
    const d = await nextDueDelivery(s.db, now.toISOString());
    if (!d) break;
    // Another process may have taken it between the two statements: then simply look again.
    if (!(await lockDelivery(s.db, d.id, now.toISOString(), new Date(now.getTime() + LOCK_MS).toISOString()))) continue;
    await sendDelivery(s, d, budget, settings, result);
  }
  return result;
}
