/**
 * Formula injection: a text that starts with = + - @ (or a tab/CR) would run as a formula when
 * Excel opens a CSV. CSV cells get a leading apostrophe; leading apostrophes already there get one
 * more, so `unescapeCsvText` restores every text exactly (an export imports back unchanged).
 * In .xlsx files texts are written as string cells, which Excel never evaluates.
 */
const RISKY = /^'*[=+\-@\t\r]/;

export const escapeCsvText = (text: string): string => (RISKY.test(text) ? `'${text}` : text);

export const unescapeCsvText = (text: string): string => (RISKY.test(text) && text.startsWith("'") ? text.slice(1) : text);

/**
 * Characters XML 1.0 cannot hold: C0 controls other than tab, LF and CR, U+FFFE/U+FFFF, and
 * surrogate halves without their partner. One of them in an explanation makes a whole .xlsx
 * unreadable, so every export removes them (the rest of the text is kept as it is).
 */
const NOT_XML = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]', // controls, and two non-characters
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])', // a high surrogate without its low half
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]', // a low surrogate without its high half
  ].join('|'),
  'g',
);

export const stripControls = (text: string): string => text.replace(NOT_XML, '');

/** A row of cell values with stripControls applied to every text (and rich-text run). */
export function safeRow<T>(values: T[]): T[] {
  return values.map((v) => safeValue(v));
}

export function safeValue<T>(v: T): T {
  if (typeof v === 'string') return stripControls(v) as T;
  if (v && typeof v === 'object' && 'richText' in v && Array.isArray(v.richText)) {
    return { ...v, richText: v.richText.map((r: { text: string }) => ({ ...r, text: stripControls(r.text) })) };
  }
  return v;
}
