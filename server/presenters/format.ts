/** Dates and percentages as a Dutch reader expects them (pages, e-mails, exports). */

// Formatters are built once: constructing one costs more than formatting with it.
const dateNl = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTimeNl = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
// `toLocaleString` with options builds such a formatter on every call: a tenth of the response overview's time.
const percentNl = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** '8 april 2024' from '2024-04-08' (or the date part of an ISO timestamp). */
export const formatDateNl = (iso: string): string => dateNl.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));

/** '8 april 2024 om 14:05', in Amsterdam time. */
export const formatDateTimeNl = (iso: string): string => dateTimeNl.format(new Date(iso));

/**
 * '100,0%', '94,9%': Dutch notation, always one decimal (as in the Excel export), so a column lines up.
 * No percentage (a group without organisations) is '–', never '0%'.
 */
export function formatPercentage(p: number | null): string {
  if (p === null) return '–';
  return `${percentNl.format(p)}%`;
}
