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

export function amsterdamDate(now: Date): string {
  return amsterdamDay.format(now);
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
