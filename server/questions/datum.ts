/**
 * A calendar date ('Sinds wanneer …?'), stored as 'YYYY-MM-DD'. Typed as dd-mm-jjjj (also with /
 * or .) or as yyyy-mm-dd, which is what `<input type="date">` sends; an Excel date cell is read as
 * the day it shows. The monitor counts answers per year.
 */
import { z } from 'zod';
import { dateHint, dateLimits, dateTexts, parseDateAnswer, utcDate, yearAggregate } from './dateChecks.ts';
import { dayOf, formatDate, parseDateText } from './dateText.ts';
import type { QuestionModule } from './types.ts';

export { formatDate, parseDateText } from './dateText.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');

const datumShape = { notBefore: isoDate.optional(), notAfter: isoDate.optional() };

export const datum: QuestionModule<typeof datumShape> = {
  type: 'datum',
  definitionShape: datumShape,
  options: () => null,
  parseForm: parseDateAnswer,
  parseJson: parseDateAnswer,
  parseCell: parseDateAnswer,
  format: (_q, value) => formatDate(String(value)),
  exportCell: (_q, value) => String(value),
  aggregate: (_q, values) => yearAggregate(values),
  toFormValue: (value) => (typeof value === 'string' ? value : ''),
  view: () => ({ prefix: null, suffix: null, multiple: false, inputmode: null, maxlength: null }),
  limits: dateLimits,
  sheet: {
    cell: (q, value) => {
      const { min, max } = dateLimits(q);
      return {
        value: typeof value === 'string' && parseDateText(value) ? utcDate(value) : null,
        numFmt: 'dd-mm-yyyy',
        dataValidation: {
          type: 'date', operator: 'between', allowBlank: true, formulae: [utcDate(min), utcDate(max)],
          showErrorMessage: true, errorTitle: 'Ongeldige datum', error: dateTexts.notADate,
        },
        hint: dateHint(q),
      };
    },
    readCell: (_q, cell) => cell.value,
  },
  csvCell: (_q, text) => text,
  codebook: (q) => {
    const { min, max } = dateLimits(q);
    return `datum als JJJJ-MM-DD, ${min} tot en met ${max}`;
  },
  example(q, rnd) {
    // Demo dates between 2010 and mid-2024, within the question's limits.
    const { min, max } = dateLimits(q);
    const from = Math.max(Date.UTC(2010, 0, 1), utcDate(min).getTime());
    const to = Math.min(Date.UTC(2024, 5, 30), utcDate(max).getTime());
    const day = Math.floor(rnd() * (Math.max(to - from, 0) / 86_400_000 + 1));
    return dayOf(new Date(from + day * 86_400_000))!;
  },
  traits: { multiple: false, comparable: true, yesNo: false },
  isBehind: () => false,
  doneCode: null,
};
