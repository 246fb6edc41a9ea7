import { numberAggregate, numberHint, numberRange, parseNumberText } from './numberChecks.ts';
import { numberShape, type NumberRules } from './numberRules.ts';
import { isPercentFormat } from './numberText.ts';
import type { ParseResult, QuestionLike, QuestionModule } from './types.ts';

export { formatEuro, formatNumber, parseDutchNumber } from './numberText.ts';
export { numberShape, type NumberRules } from './numberRules.ts';

export function numberModule(type: string, rules: NumberRules): QuestionModule<typeof numberShape> {
  const range = (q: QuestionLike) => numberRange(rules, q);
  const hint = (q: QuestionLike) => numberHint(rules, q);
  const parseText = (q: QuestionLike, raw: unknown): ParseResult => parseNumberText(rules, q, raw);
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
    aggregate: (_q, values) => numberAggregate(values),
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
