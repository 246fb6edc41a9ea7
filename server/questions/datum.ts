/**
 * A calendar date ('Sinds wanneer …?'), stored as 'YYYY-MM-DD'. Typed as dd-mm-jjjj (also with /
 * or .) or as yyyy-mm-dd, which is what `<input type="date">` sends; an Excel date cell is read as
 * the day it shows. The monitor counts answers per year.
 */
import { z } from 'zod';
import { dayOf, formatDate, parseDateText } from './dateText.ts';
import type { Aggregate, OptionDef, ParseResult, QuestionLike, QuestionModule } from './types.ts';

export { formatDate, parseDateText } from './dateText.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');
const EARLIEST = '1900-01-01';
const LATEST = '2099-12-31';

const texts = {
  notADate: 'Vul een datum in, bijvoorbeeld 15-03-2024.',
  before: (d: string) => `Vul een datum in vanaf ${d}.`,
  after: (d: string) => `Vul een datum in tot en met ${d}.`,
};

const limitsOf = (q: QuestionLike) => ({ min: q.notBefore ?? EARLIEST, max: q.notAfter ?? LATEST });

function check(q: QuestionLike, day: string | null): ParseResult {
  if (day === null) return { ok: false, error: texts.notADate };
  const { min, max } = limitsOf(q);
  if (day < min) return { ok: false, error: texts.before(formatDate(min)) };
  if (day > max) return { ok: false, error: texts.after(formatDate(max)) };
  return { ok: true, value: day };
}

function parseText(q: QuestionLike, raw: unknown): ParseResult {
  if (raw === undefined || raw === null) return { ok: true, value: null };
  if (raw instanceof Date) return check(q, dayOf(raw));
  if (typeof raw !== 'string') return { ok: false, error: texts.notADate };
  if (raw.trim() === '') return { ok: true, value: null };
  return check(q, parseDateText(raw));
}

const hint = (q: QuestionLike) => {
  const { min, max } = limitsOf(q);
  const range = q.notBefore || q.notAfter ? ` Van ${formatDate(min)} tot en met ${formatDate(max)}.` : '';
  return `Een datum, bijvoorbeeld 15-03-2024.${range}`;
};

const utcDate = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

const datumShape = { notBefore: isoDate.optional(), notAfter: isoDate.optional() };

export const datum: QuestionModule<typeof datumShape> = {
  type: 'datum',
  definitionShape: datumShape,
  options: () => null,
  parseForm: parseText,
  parseJson: parseText,
  parseCell: parseText,
  format: (_q, value) => formatDate(String(value)),
  exportCell: (_q, value) => String(value),
  aggregate(_q, values): Aggregate {
    // Answers per year, in order of the years found: 'Sinds wanneer' as an analyst reads it.
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
  },
  toFormValue: (value) => (typeof value === 'string' ? value : ''),
  view: () => ({ prefix: null, suffix: null, multiple: false, inputmode: null, maxlength: null }),
  limits: limitsOf,
  sheet: {
    cell: (q, value) => {
      const { min, max } = limitsOf(q);
      return {
        value: typeof value === 'string' && parseDateText(value) ? utcDate(value) : null,
        numFmt: 'dd-mm-yyyy',
        dataValidation: {
          type: 'date', operator: 'between', allowBlank: true, formulae: [utcDate(min), utcDate(max)],
          showErrorMessage: true, errorTitle: 'Ongeldige datum', error: texts.notADate,
        },
        hint: hint(q),
      };
    },
    readCell: (_q, cell) => cell.value,
  },
  csvCell: (_q, text) => text,
  codebook: (q) => {
    const { min, max } = limitsOf(q);
    return `datum als JJJJ-MM-DD, ${min} tot en met ${max}`;
  },
  example(q, rnd) {
    // Demo dates between 2010 and mid-2024, within the question's limits.
    const { min, max } = limitsOf(q);
    const from = Math.max(Date.UTC(2010, 0, 1), utcDate(min).getTime());
    const to = Math.min(Date.UTC(2024, 5, 30), utcDate(max).getTime());
    const day = Math.floor(rnd() * (Math.max(to - from, 0) / 86_400_000 + 1));
    return dayOf(new Date(from + day * 86_400_000))!;
  },
  traits: { multiple: false, comparable: true, yesNo: false },
  isBehind: () => false,
  doneCode: null,
};
