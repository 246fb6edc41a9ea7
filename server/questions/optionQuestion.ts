import type { z } from 'zod';
import { messages } from '../messages.ts';
import type {
  Aggregate, AnswerValue, ControlView, OptionDef, ParseResult, QuestionLike, QuestionModule,
} from './types.ts';

export const choiceView: ControlView = { prefix: null, suffix: null, multiple: false, inputmode: null, maxlength: null };

/** An option's code from a workbook cell holding its label (drop-down) or its code. */
export const codeOfLabel = (options: OptionDef[], value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const t = value.trim().toLowerCase();
  return options.find((o) => o.label.toLowerCase() === t)?.code ?? value;
};

interface MonitorRules {
  yesNo?: boolean;
  isBehind?: QuestionModule['isBehind'];
  doneCode?: string;
}

/** Shared behaviour of single-answer option questions (status, janee, schaal5, keuze). */
export function singleOptionModule<S extends z.ZodRawShape>(
  type: string,
  definitionShape: S,
  options: (q: QuestionLike) => OptionDef[],
  monitor: MonitorRules = {},
): QuestionModule<S> {
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
      // Counted by position, not in a record looked up per answer: this runs for every table row of
      // every filter. Own codes only (a stored 'toString' is no option).
      const list = options(q);
      const byPosition = new Array<number>(list.length).fill(0);
      let n = 0;
      for (const v of values) {
        if (typeof v !== 'string') continue;
        const i = list.findIndex((o) => o.code === v);
        if (i >= 0) {
          byPosition[i]!++;
          n++;
        }
      }
      const counts: Record<string, number> = {};
      list.forEach((o, i) => { counts[o.code] = byPosition[i]!; });
      return { kind: 'options', n, counts };
    },
    toFormValue: (value: AnswerValue | null | undefined) => (typeof value === 'string' ? value : ''),
    view: () => choiceView,
    limits: () => ({}),
    sheet: {
      cell: (q, value, ctx) => ({
        value: typeof value === 'string' ? options(q).find((o) => o.code === value)?.label ?? value : null,
        dataValidation: {
          type: 'list', allowBlank: true, formulae: [ctx.listRange(options(q))],
          showErrorMessage: true, errorTitle: 'Ongeldig antwoord', error: 'Kies een antwoord uit de lijst.',
        },
        hint: null,
      }),
      readCell: (q, cell) => codeOfLabel(options(q), cell.value),
    },
    csvCell: (_q, text) => text,
    codebook: () => 'één code',
    example: (q, rnd) => {
      const list = options(q);
      return list[Math.floor(rnd() * list.length)]!.code;
    },
    traits: { multiple: false, comparable: true, yesNo: monitor.yesNo ?? false },
    isBehind: monitor.isBehind ?? (() => false),
    doneCode: monitor.doneCode ?? null,
  };
}

/** Fixed options, expressed once (the labels are the report's column headings). */
export const fixedOptions = (pairs: [string, string][]): OptionDef[] =>
  pairs.map(([code, label]) => ({ code, label }));
