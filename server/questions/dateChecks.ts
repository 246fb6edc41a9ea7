/** The datum type's limits, parsing and hint: what every channel (form, JSON, workbook, CSV) checks a date by. */
import { dayOf, formatDate, parseDateText } from './dateText.ts';
import type { Aggregate, AnswerValue, OptionDef, ParseResult, QuestionLike } from './types.ts';

const EARLIEST = '1900-01-01';
const LATEST = '2099-12-31';

export const dateTexts = {
  notADate: 'Vul een datum in, bijvoorbeeld 15-03-2024.',
  before: (d: string) => `Vul een datum in vanaf ${d}.`,
  after: (d: string) => `Vul een datum in tot en met ${d}.`,
};

export const dateLimits = (q: QuestionLike) => ({ min: q.notBefore ?? EARLIEST, max: q.notAfter ?? LATEST });

function check(q: QuestionLike, day: string | null): ParseResult {
  if (day === null) return { ok: false, error: dateTexts.notADate };
  const { min, max } = dateLimits(q);
  if (day < min) return { ok: false, error: dateTexts.before(formatDate(min)) };
  if (day > max) return { ok: false, error: dateTexts.after(formatDate(max)) };
  return { ok: true, value: day };
}

export function parseDateAnswer(q: QuestionLike, raw: unknown): ParseResult {
  if (raw === undefined || raw === null) return { ok: true, value: null };
  if (raw instanceof Date) return check(q, dayOf(raw));
  if (typeof raw !== 'string') return { ok: false, error: dateTexts.notADate };
  if (raw.trim() === '') return { ok: true, value: null };
  return check(q, parseDateText(raw));
}

export const dateHint = (q: QuestionLike) => {
  const { min, max } = dateLimits(q);
  const range = q.notBefore || q.notAfter ? ` Van ${formatDate(min)} tot en met ${formatDate(max)}.` : '';
  return `Een datum, bijvoorbeeld 15-03-2024.${range}`;
};

export const utcDate = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/** Answers per year, in order of the years found: 'Sinds wanneer' as an analyst reads it. */
export function yearAggregate(values: AnswerValue[]): Aggregate {
  const counts: Record<string, number> = {};
  let n = 0;
  for (const v of values) {
    if (typeof v !== 'string' || !/^\d{4}-/.test(v)) continue;
    const year = v.slice(0, 4);
    counts[year] = (counts[year] ?? 0) + 1;
    n++;
  }
  const categories: OptionDef[] = Object.keys(counts).sort().map((y) => ({ code: y, label: y }));
  return { kind: 'options', n, counts, categories };
}
