/** Numbers as Dutch civil servants write them, and as the number types show them. */
const nl = (digits: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: digits });

/**
 * Reads Dutch-written numbers: '1.200', '1 200', '12,5', '€ 1.200.000,00'.
 * A dot followed by exactly three digits is a thousands separator, as civil servants type it.
 */
export function parseDutchNumber(text: string): number | null {
  const s = text.replace(/[€%\s\u00a0]/g, '');
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(s) && !/^-?\d+\.\d+$/.test(s)) return null;
  const normal = /^-?\d+\.\d+$/.test(s) && !/^-?\d{1,3}\.\d{3}$/.test(s) ? s : s.replace(/\./g, '').replace(',', '.');
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

export function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A '%'-formatted number (someone typed 45%) is a fraction; the questionnaire wants 0–100. */
export const isPercentFormat = (fmt: string | undefined): boolean => Boolean(fmt && fmt.replace(/"[^"]*"/g, '').includes('%'));

export const formatNumber = (n: number, digits = 1) => nl(digits).format(n);
export const formatEuro = (n: number) =>
  new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(n);
