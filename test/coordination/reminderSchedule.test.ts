/** Issue 16, point 4: when a plan step is due, how retries wait, and the scheduler's settings. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { nextAttemptAt, stepDateProblem, stepDueAt } from '../../server/domain/reminderSchedule.ts';
import { schedulerSettings } from '../../server/services/reminderPlan/scheduler.ts';

describe('the reminder schedule', () => {
  it('is due at 9.00 Amsterdam time, summer and winter alike', () => {
    expect(stepDueAt('2024-06-30', 14).toISOString()).toBe('2024-06-16T07:00:00.000Z'); // CEST
    expect(stepDueAt('2024-12-20', 0).toISOString()).toBe('2024-12-20T08:00:00.000Z'); // CET
    expect(stepDueAt('2024-04-05', 7).toISOString()).toBe('2024-03-29T08:00:00.000Z'); // before the clocks go forward
  });

  it('names why a day cannot be planned', () => {
    const wave = { opens_on: '2024-04-08', closes_on: '2024-06-30' };
    const may = new Date('2024-05-15T10:00:00Z');
    expect(stepDateProblem(wave, -1, may)).toBe('after');
    expect(stepDateProblem(wave, 60, may)).toBe('past');
    expect(stepDateProblem(wave, 46, may)).toBe(''); // 15 May itself
    expect(stepDateProblem(wave, 90, new Date('2024-03-01T10:00:00Z'))).toBe('before-open');
  });

  it('waits longer after each failure, and stops after the last attempt', () => {
    const now = new Date('2024-06-16T07:00:00Z');
    const p = { maxAttempts: 3, baseDelayMs: 5 * 60_000 };
    expect(nextAttemptAt(now, 1, p)?.toISOString()).toBe('2024-06-16T07:05:00.000Z');
    expect(nextAttemptAt(now, 2, p)?.toISOString()).toBe('2024-06-16T07:10:00.000Z');
    expect(nextAttemptAt(now, 3, p)).toBeNull();
  });

  it('reads its settings from the environment, and refuses a rate that is not a whole number', () => {
    expect(schedulerSettings(loadConfig({}))).toEqual({
      pattern: '*/15 * * * * *', ratePerMinute: 30, retry: { maxAttempts: 5, baseDelayMs: 300_000 },
    });
    expect(schedulerSettings(loadConfig({ REMINDER_RATE_PER_MINUTE: '120', REMINDER_MAX_ATTEMPTS: '2', REMINDER_RETRY_MINUTES: '1' })))
      .toMatchObject({ ratePerMinute: 120, retry: { maxAttempts: 2, baseDelayMs: 60_000 } });
    expect(() => loadConfig({ REMINDER_RATE_PER_MINUTE: 'veel' })).toThrow('REMINDER_RATE_PER_MINUTE moet een heel getal van 1 of meer zijn');
    expect(() => loadConfig({ REMINDER_MAX_ATTEMPTS: '0' })).toThrow('REMINDER_MAX_ATTEMPTS');
  });
});
