import { messages } from '../messages.ts';
import { optionsShape } from './optionsShape.ts';
import type { Aggregate, ParseResult, QuestionLike, QuestionModule } from './types.ts';

function parseCodes(q: QuestionLike, raw: unknown): ParseResult {
  if (raw === undefined || raw === null || raw === '') return { ok: true, value: null };
  const list = Array.isArray(raw) ? raw : [raw];
  if (!list.every((c): c is string => typeof c === 'string')) return { ok: false, error: messages.invalidOption };
  const known = new Set((q.options ?? []).map((o) => o.code));
  const codes = [...new Set(list.map((c) => c.trim()).filter((c) => c !== ''))];
  if (codes.some((c) => !known.has(c))) return { ok: false, error: messages.invalidOption };
  if (codes.length === 0) return { ok: true, value: null };
  // Keep the definition's order so that equal selections compare equal.
  const order = (q.options ?? []).map((o) => o.code);
  return { ok: true, value: order.filter((c) => codes.includes(c)) };
}

export const meerkeuze: QuestionModule = {
  type: 'meerkeuze',
  definitionShape: optionsShape,
  options: (q) => q.options ?? [],
  parseForm: parseCodes,
  parseJson: parseCodes,
  parseCell: (q, raw) => parseCodes(q, typeof raw === 'string' ? raw.split('|') : raw),
  format: (q, value) =>
    (Array.isArray(value) ? value : [String(value)])
      .map((c) => q.options?.find((o) => o.code === c)?.label ?? c)
      .join('; '),
  exportCell: (_q, value) => (Array.isArray(value) ? value.join('|') : String(value)),
  aggregate(q, values): Aggregate {
    // Percentages of respondents: each respondent counts once per chosen option.
    const counts: Record<string, number> = Object.fromEntries((q.options ?? []).map((o) => [o.code, 0]));
    let n = 0;
    for (const v of values) {
      if (!Array.isArray(v) || v.length === 0) continue;
      n++;
      for (const c of v) if (c in counts) counts[c] = (counts[c] ?? 0) + 1;
    }
    return { kind: 'options', n, counts };
  },
  toFormValue: (value) => (Array.isArray(value) ? value : []),
};
