/** The settings and result of one scheduler run, shared by the runner and its sending step. */
import type { RetryPolicy } from '../../domain/reminderSchedule.ts';

export interface RunSettings {
  /** Messages per minute to the mail server, counted over the last 60 seconds in the mail log. */
  ratePerMinute: number;
  retry: RetryPolicy;
}

export interface RunResult {
  started: number;
  sent: number;
  failed: number;
  skipped: number;
}
