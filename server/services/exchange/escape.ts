/**
 * Formula injection: a text that starts with = + - @ (or a tab/CR) would run as a formula when
 * Excel opens a CSV. CSV cells get a leading apostrophe; leading apostrophes already there get one
 * more, so `unescapeCsvText` restores every text exactly (an export imports back unchanged).
 * In .xlsx files texts are written as string cells, which Excel never evaluates.
 */
const RISKY = /^'*[=+\-@\t\r]/;

export const escapeCsvText = (text: string): string => (RISKY.test(text) ? `'${text}` : text);

export const unescapeCsvText = (text: string): string => (RISKY.test(text) && text.startsWith("'") ? text.slice(1) : text);
