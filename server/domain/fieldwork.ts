/** Whether respondents may edit, from the wave's state and dates (calendar days in Europe/Amsterdam). */
export type FieldworkState = 'concept' | 'not-yet-open' | 'open' | 'closed';

export interface WaveDates {
  state: string;
  opens_on: string;
  closes_on: string;
}

export function amsterdamDate(now: Date): string {
  // sv-SE formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}

export function fieldworkState(wave: WaveDates, now: Date): FieldworkState {
  if (wave.state === 'concept') return 'concept';
  if (wave.state === 'gesloten') return 'closed';
  const today = amsterdamDate(now);
  if (today < wave.opens_on) return 'not-yet-open';
  // The closing date is the last day on which answers may be given.
  if (today > wave.closes_on) return 'closed';
  return 'open';
}

export const formatDateNl = (iso: string): string =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T12:00:00Z`),
  );

export const formatDateTimeNl = (iso: string): string =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
