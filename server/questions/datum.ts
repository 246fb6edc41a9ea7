/**
 * A calendar date ('Sinds wanneer …?'), stored as 'YYYY-MM-DD'. Typed as dd-mm-jjjj (also with /
 * or .) or as yyyy-mm-dd, which is what `<input type="date">` sends; an Excel date cell is read as
 * the day it shows. The monitor counts answers per year.
 */
import { z } from 'zod';
import type { Aggregate, OptionDef, ParseResult, QuestionLike, QuestionModule } from './types.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');
const EARLIEST = '1900-01-01';
const LATEST = '2099-12-31';

const texts = {
  notADate: 'Vul een datum in, bijvoorbeeld 15-03-2024.',
  before: (d: string) => `Vul een datum in vanaf ${d}.`,
  after: (d: string) => `Vul een datum in tot en met ${d}.`,
};

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
const dayOf = (d: Date): string | null =>
  Number.isNaN(d.getTime()) ? null : iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const formatDate = (isoDay: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(isoDay) ? longDate.format(new Date(`${isoDay}T00:00:00Z`)) : isoDay;

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
