import { messages } from '../messages.ts';
import type { Aggregate, AnswerValue, OptionDef, ParseResult, QuestionLike, QuestionModule } from './types.ts';

/** Shared behaviour of single-answer option questions (status, janee, schaal5, keuze). */
export function singleOptionModule(
  type: string,
  definitionShape: QuestionModule['definitionShape'],
  options: (q: QuestionLike) => OptionDef[],
): QuestionModule {
  const parse = (q: QuestionLike, raw: unknown): ParseResult => {
    if (raw === undefined || raw === null || raw === '') return { ok: true, value: null };
    if (typeof raw !== 'string') return { ok: false, error: messages.invalidOption };
    const code = raw.trim();
    if (!options(q).some((o) => o.code === code)) return { ok: false, error: messages.invalidOption };
    return { ok: true, value: code };
  };
  return {
    type,
    definitionShape,
    options,
    parseForm: parse,
    parseJson: parse,
    parseCell: (q, raw) => parse(q, typeof raw === 'number' ? String(raw) : raw),
    format: (q, value) => options(q).find((o) => o.code === value)?.label ?? String(value),
    exportCell: (_q, value) => String(value),
    aggregate(q, values): Aggregate {
      const counts: Record<string, number> = Object.fromEntries(options(q).map((o) => [o.code, 0]));
      let n = 0;
      for (const v of values) {
        if (typeof v === 'string' && v in counts) {
          counts[v] = (counts[v] ?? 0) + 1;
          n++;
        }
      }
      return { kind: 'options', n, counts };
    },
    toFormValue: (value: AnswerValue | null | undefined) => (typeof value === 'string' ? value : ''),
  };
}

/** Fixed options, expressed once (the labels are the report's column headings). */
export const fixedOptions = (pairs: [string, string][]): OptionDef[] =>
  pairs.map(([code, label]) => ({ code, label }));
