import { messages } from '../messages.ts';
import type { ParseResult, QuestionModule } from './types.ts';

export const MAX_TEXT_LENGTH = 5000;

function parse(_q: unknown, raw: unknown): ParseResult {
  if (raw === undefined || raw === null) return { ok: true, value: null };
  if (typeof raw !== 'string') return { ok: false, error: messages.notText };
  // Normalise line endings so a browser round trip does not count as a change.
  const text = raw.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: true, value: null };
  if (text.length > MAX_TEXT_LENGTH) return { ok: false, error: messages.tooLong(MAX_TEXT_LENGTH, text.length) };
  return { ok: true, value: text };
}

export const tekst: QuestionModule = {
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
};
