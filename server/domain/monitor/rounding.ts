/**
 * Whole-number percentages as the 2024 report prints them: every cell rounded on its own, half up
 * (its beleving rows add up to 99 or 101, so it does not force rows to 100; '45,7%' prints as 46%).
 * Integer arithmetic, so 12.5% is exactly half and always rounds to 13.
 */
export function roundPercent(count: number, n: number): number | null {
  if (n <= 0) return null;
  return Math.floor((200 * count + n) / (2 * n));
}

/** Percentages of n for each count, or nulls when nobody answered. */
export const percentages = (counts: number[], n: number): (number | null)[] => counts.map((c) => roundPercent(c, n));

/**
 * The same share with one decimal, half up ('3,2%', '17,3%'), as the report's prose prints some
 * figures; the API and the workbook carry it beside the whole number. Integer arithmetic too.
 */
export function roundPercentOneDecimal(count: number, n: number): number | null {
  if (n <= 0) return null;
  return Math.floor((2000 * count + n) / (2 * n)) / 10;
}
