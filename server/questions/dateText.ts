/** Dates as people type them (dd-mm-jjjj, yyyy-mm-dd), as Excel holds them, and as the datum type shows them. */
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** 'YYYY-MM-DD' of a real calendar day, or null (31-02-2024 is not one). */
function validDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? iso(y, m, d) : null;
}

/** '15-03-2024', '15/3/2024', '15.03.2024' or '2024-03-15' → '2024-03-15'; null otherwise. */
export function parseDateText(text: string): string | null {
  const s = text.trim();
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (nl) return validDay(Number(nl[3]), Number(nl[2]), Number(nl[1]));
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (isoMatch) return validDay(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  return null;
}

/** An Excel date cell (exceljs gives midnight UTC of the day shown; a time of day is dropped). */
export const dayOf = (d: Date): string | null =>
  Number.isNaN(d.getTime()) ? null : iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const formatDate = (isoDay: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(isoDay) ? longDate.format(new Date(`${isoDay}T00:00:00Z`)) : isoDay;
