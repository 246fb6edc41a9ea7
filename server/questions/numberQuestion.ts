import { z } from 'zod';
import { messages } from '../messages.ts';
import { isPercentFormat, median, parseDutchNumber } from './numberText.ts';
import type { Aggregate, ParseResult, QuestionLike, QuestionModule } from './types.ts';

export { formatEuro, formatNumber, parseDutchNumber } from './numberText.ts';

export const numberShape = {
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().optional(),
};

interface NumberRules {
  integer: boolean;
  defaultMin: number;
  defaultMax: number;
  format: (n: number) => string;
  /** 'Een heel getal', as the offline hint starts. */
  noun: string;
  /** Whether hints and the codebook name the default maximum (a percentage's 100) or say 'of meer'. */
  showDefaultMax: boolean;
  /** The codebook's unit when the definition names none. */
  unit: string;
  /** Excel number format of the offline answer cell. */
  numFmt: string;
  /** Excel number format of a statistic over the answers (a mean has decimals a whole number has not). */
  statFormat: string;
  prefix: string | null;
  /** The suffix shown after the field (getal: the definition's unit). */
  suffix: (q: QuestionLike) => string | null;
  /** A cell formatted as '%' holds a fraction (someone typed 45%): read as 45. */
  percentCells?: boolean;
  /** Demo value before it is kept within the question's limits. */
  example: (rnd: () => number) => number;
}


export function numberModule(type: string, rules: NumberRules): QuestionModule<typeof numberShape> {
  const range = (q: QuestionLike) => {
    const max = q.max ?? (rules.showDefaultMax ? rules.defaultMax : undefined);
    return `${q.min ?? 0}${max !== undefined ? ` tot en met ${max}` : ' of meer'}`;
  };
  const hint = (q: QuestionLike) => `${rules.noun} van ${range(q)}.`;
  const check = (q: QuestionLike, n: number): ParseResult => {
    const min = q.min ?? rules.defaultMin;
    const max = q.max ?? rules.defaultMax;
    if (rules.integer && !Number.isInteger(n)) return { ok: false, error: messages.wholeNumber };
    if (n < min) return { ok: false, error: min === 0 ? messages.notNegative : messages.atLeast(rules.format(min)) };
    if (n > max) return { ok: false, error: messages.atMost(rules.format(max)) };
    return { ok: true, value: n };
  };
  const parseText = (q: QuestionLike, raw: unknown): ParseResult => {
    if (raw === undefined || raw === null) return { ok: true, value: null };
    if (typeof raw === 'number') return Number.isFinite(raw) ? check(q, raw) : { ok: false, error: messages.notANumber };
    if (typeof raw !== 'string') return { ok: false, error: messages.notANumber };
    if (raw.trim() === '') return { ok: true, value: null };
    const n = parseDutchNumber(raw);
    return n === null ? { ok: false, error: messages.notANumber } : check(q, n);
  };
  return {
    type,
    statFormat: rules.statFormat,
    definitionShape: numberShape,
    options: () => null,
    parseForm: parseText,
    // Text as typed ('12,5', '€ 1.200') is read like the form reads it, so autosave saves what the form saves.
    parseJson: parseText,
    parseCell: parseText,
    format: (_q, value) => rules.format(Number(value)),
    exportCell: (_q, value) => Number(value),
    aggregate(_q, values): Aggregate {
      const nums = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
      const sum = nums.reduce((a, b) => a + b, 0);
      return {
        kind: 'numbers',
        n: nums.length,
        mean: nums.length ? sum / nums.length : null,
        median: median(nums),
        min: nums.length ? nums[0]! : null,
        max: nums.length ? nums[nums.length - 1]! : null,
      };
    },
    // Show back what is stored in Dutch notation, so a re-save parses to the same number.
    toFormValue: (value) => (typeof value === 'number' ? String(value).replace('.', ',') : ''),
    view: (q) => ({ prefix: rules.prefix, suffix: rules.suffix(q), multiple: false, inputmode: 'decimal', maxlength: null }),
    limits: (q) => ({ min: q.min ?? rules.defaultMin, max: q.max ?? rules.defaultMax }),
    sheet: {
      cell: (q, value) => ({
        value: typeof value === 'number' ? value : null,
        numFmt: rules.numFmt,
        dataValidation: {
          type: rules.integer ? 'whole' : 'decimal', operator: 'between', allowBlank: true,
          formulae: [q.min ?? 0, q.max ?? rules.defaultMax],
          showErrorMessage: true, errorTitle: 'Ongeldig getal', error: hint(q),
        },
        hint: hint(q),
      }),
      readCell: (_q, cell) =>
        rules.percentCells && typeof cell.value === 'number' && isPercentFormat(cell.numFmt)
          ? Math.round(cell.value * 100 * 1e6) / 1e6
          : cell.value,
    },
    // CSV numbers follow the file's separator: '12,5' from Dutch Excel (';'), '12.5' from others (',').
    csvCell(_q, text, decimal) {
      const t = text.trim();
      if (decimal === ',' && /^-?\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
      if (decimal === '.' && /^-?\d+(\.\d+)?$/.test(t)) return Number(t);
      return text;
    },
    codebook: (q) => [range(q), q.unit ?? rules.unit].filter(Boolean).join(' '),
    example: (q, rnd) => Math.min(Math.max(rules.example(rnd), q.min ?? rules.defaultMin), q.max ?? rules.defaultMax),
    traits: { multiple: false, comparable: true, yesNo: false },
    isBehind: () => false,
    doneCode: null,
  };
}
