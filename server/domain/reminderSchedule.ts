/**
 * When a reminder plan step (issue 16, point 4) is due, and how failed sends are retried. Pure:
 * dates in, dates out. A step 'N days before the closing date' goes out on that calendar day at
 * SEND_HOUR in Europe/Amsterdam (the fieldwork's own calendar), so a reminder lands in the morning.
 */
import { amsterdamDate } from './fieldwork.ts';

export const SEND_HOUR = 9;

/** 'YYYY-MM-DD' minus a number of days (calendar arithmetic, no time zone involved). */
export function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
});

/** The instant at which it is `hour`:00 on `date` in Amsterdam (CET or CEST, whichever applies that day). */
export function amsterdamInstant(date: string, hour: number): Date {
  const guess = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hour);
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(guess)).map((p) => [p.type, p.value]));
  const shown = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return new Date(guess - (shown - guess));
}

/** The day a step is planned for. */
export const stepDate = (closesOn: string, days: number): string => daysBefore(closesOn, days);

/** The moment a step becomes due. */
export const stepDueAt = (closesOn: string, days: number): Date => amsterdamInstant(stepDate(closesOn, days), SEND_HOUR);

/** Why a step cannot be planned on this day ('' when it can): after the closing date, before the opening, in the past. */
export function stepDateProblem(
  wave: { opens_on: string; closes_on: string }, days: number, now: Date,
): '' | 'after' | 'before-open' | 'past' {
  if (days < 0) return 'after';
  const date = stepDate(wave.closes_on, days);
  if (date < amsterdamDate(now)) return 'past';
  if (date < wave.opens_on) return 'before-open';
  return '';
}

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  /** The wait after the first failure; it doubles after each further failure. */
  baseDelayMs: number;
}

/** When to try again after `attempts` failed attempts; null when the attempts are used up. */
export function nextAttemptAt(now: Date, attempts: number, p: RetryPolicy): Date | null {
  if (attempts >= p.maxAttempts) return null;
  return new Date(now.getTime() + p.baseDelayMs * 2 ** Math.max(0, attempts - 1));
}
