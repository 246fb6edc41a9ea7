import { messages } from '../messages.ts';
import { choiceView } from './optionQuestion.ts';
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

export const meerkeuze: QuestionModule<typeof optionsShape> = {
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
      // Own codes only: `in` would also find 'toString' on every object.
      for (const c of v) if (typeof c === 'string' && Object.hasOwn(counts, c)) counts[c]!++;
    }
    return { kind: 'options', n, counts };
  },
  toFormValue: (value) => (Array.isArray(value) ? value : []),
  view: () => ({ ...choiceView, multiple: true }),
  limits: () => ({}),
  sheet: {
    // The question's own row stays closed: each option gets a row of its own ('Ja' or empty).
    cell: () => ({ value: null, hint: 'Meer antwoorden mogelijk: zet ‘Ja’ bij elke optie die van toepassing is.' }),
    readCell: (_q, cell) => cell.value,
  },
  csvCell: (_q, text) => text,
  codebook: () => 'een of meer codes, gescheiden door |',
  example(q, rnd) {
    const options = q.options ?? [];
    const chosen = options.filter(() => rnd() < 0.4).map((o) => o.code);
    return chosen.length ? chosen : [options[Math.floor(rnd() * options.length)]!.code];
  },
  traits: { multiple: true, comparable: true, yesNo: false },
  isBehind: () => false,
  doneCode: null,
};
