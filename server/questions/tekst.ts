import { messages } from '../messages.ts';
import type { ParseResult, QuestionModule } from './types.ts';

export const MAX_TEXT_LENGTH = 5000;
/** The codebook's range of every free-text field (answers, explanations, 'namelijk'). */
export const TEXT_RANGE = 'tekst, max. 5.000 tekens';

/** Demo answers and explanations. */
export const EXAMPLE_TEXTS = [
  'Wij zijn hier volop mee bezig.', 'Afhankelijk van regionale besluitvorming.', 'Wacht op landelijke kaders.',
  'Opgenomen in het nieuwe contract.', 'Eerste stappen gezet met huisartsen.',
];

function parse(_q: unknown, raw: unknown): ParseResult {
  if (raw === undefined || raw === null) return { ok: true, value: null };
  if (typeof raw !== 'string') return { ok: false, error: messages.notText };
  // Normalise line endings so a browser round trip does not count as a change.
  const text = raw.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: true, value: null };
  if (text.length > MAX_TEXT_LENGTH) return { ok: false, error: messages.tooLong(MAX_TEXT_LENGTH, text.length) };
  return { ok: true, value: text };
}

export const tekst: QuestionModule<Record<never, never>> = {
  type: 'tekst',
  definitionShape: {},
  options: () => null,
  parseForm: parse,
  parseJson: parse,
  parseCell: (q, raw) => parse(q, typeof raw === 'number' ? String(raw) : raw),
  format: (_q, value) => String(value),
  exportCell: (_q, value) => String(value),
  aggregate: (_q, values) => ({ kind: 'texts', n: values.filter((v) => typeof v === 'string' && v !== '').length }),
  toFormValue: (value) => (typeof value === 'string' ? value : ''),
  view: () => ({ prefix: null, suffix: null, multiple: false, inputmode: null, maxlength: MAX_TEXT_LENGTH }),
  limits: () => ({ maxLength: MAX_TEXT_LENGTH }),
  sheet: {
    cell: (_q, value) => ({ value: typeof value === 'string' ? value : null, hint: null }),
    readCell: (_q, cell) => cell.value,
  },
  csvCell: (_q, text) => text,
  codebook: () => TEXT_RANGE,
  example: (_q, rnd, text) => text ?? EXAMPLE_TEXTS[Math.floor(rnd() * EXAMPLE_TEXTS.length)]!,
  traits: { multiple: false, comparable: false, yesNo: false },
  isBehind: () => false,
  doneCode: null,
};
