/** Whether respondents may edit, from the wave's state and dates (calendar days in Europe/Amsterdam). */
export type FieldworkState = 'concept' | 'not-yet-open' | 'open' | 'closed';

export interface WaveDates {
  state: string;
  opens_on: string;
  closes_on: string;
}

// Formatters are built once: constructing one costs more than the rest of a save (npm run bench).
// sv-SE formats as YYYY-MM-DD.
const amsterdamDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });

// Asked several times per request: formatted once per minute (a date changes on a whole hour at most).
let lastMinute = Number.NaN;
let lastDay = '';

export function amsterdamDate(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDay = amsterdamDay.format(now);
    lastMinute = minute;
  }
  return lastDay;
}

/**
 * The last day one organisation may answer: the wave's closing date, or the later date a
 * coordinator granted it (an extension; issue 16, point 6). Never earlier than the wave's own.
 */
export const closingDateFor = (wave: WaveDates, extendedTo?: string | null): string =>
  extendedTo && extendedTo > wave.closes_on ? extendedTo : wave.closes_on;

/**
 * The state for everybody, or (with `extendedTo`) for one organisation that was given extra time:
 * it may edit until its own date, also when the wave is closed for the others (by date or by a
 * coordinator setting it to 'gesloten'). A wave in concept is never open.
 */
export function fieldworkState(wave: WaveDates, now: Date, extendedTo?: string | null): FieldworkState {
  if (wave.state === 'concept') return 'concept';
  const closesOn = closingDateFor(wave, extendedTo);
  if (wave.state === 'gesloten' && closesOn === wave.closes_on) return 'closed';
  const today = amsterdamDate(now);
  if (today < wave.opens_on) return 'not-yet-open';
  // The closing date is the last day on which answers may be given.
  if (today > closesOn) return 'closed';
  return 'open';
}
