import type { z } from 'zod';
import type { Aggregate } from './types/aggregates.ts';
import type { ReadCell, SheetCell, SheetContext } from './types/sheet.ts';
import type { AnswerValue, Limits, OptionDef, ParseResult, QuestionLike } from './types/values.ts';
import type { ControlView, Traits } from './types/view.ts';

// The shapes a question module works with, one file per concern under types/; re-exported so `questions/types.ts` stays the one path.
export type { AnswerValue, Limits, OptionDef, ParseResult, QuestionLike } from './types/values.ts';
export type { Aggregate, NumberAggregate, OptionAggregate, TextAggregate } from './types/aggregates.ts';
export type { ReadCell, SheetCell, SheetContext } from './types/sheet.ts';
export type { ControlView, Traits } from './types/view.ts';

/** Everything about one question type; `S` is the extra definition fields it accepts. */
export interface QuestionModule<S extends z.ZodRawShape = z.ZodRawShape> {
  type: string;
  /** Extra definition fields this type accepts (the survey schema's union is built from these). */
  definitionShape: S;
  /** Answer options: fixed for scales, from the definition for choice questions, null otherwise. */
  options(q: QuestionLike): OptionDef[] | null;
  /** Parse a urlencoded form value (string, string[] or undefined). */
  parseForm(q: QuestionLike, raw: unknown): ParseResult;
  /** Parse a JSON API value (already typed JSON). */
  parseJson(q: QuestionLike, raw: unknown): ParseResult;
  /** Parse a spreadsheet/CSV cell holding the export code. */
  parseCell(q: QuestionLike, raw: unknown): ParseResult;
  /** Human-readable Dutch text of a stored value (review page, print, explanations). */
  format(q: QuestionLike, value: AnswerValue): string;
  /** Export cell: the answer code (joined with '|' for multiple answers). */
  exportCell(q: QuestionLike, value: AnswerValue): string | number;
  /** One pass over the values of one question. */
  aggregate(q: QuestionLike, values: AnswerValue[]): Aggregate;
  /** The value the form shows back when rendering (string or string[]). */
  toFormValue(value: AnswerValue | null | undefined): string | string[];
  /** Prefix, suffix, multiple, inputmode and maxlength of the answer control. */
  view(q: QuestionLike): ControlView;
  limits(q: QuestionLike): Limits;
  /** The offline workbook's answer cell (value, format, validation, hint) and its read-back. */
  sheet: {
    cell(q: QuestionLike, value: AnswerValue | undefined, ctx: SheetContext): SheetCell;
    /** What parseCell should get for a non-blank cell ('%' formats, Excel date cells). */
    readCell(q: QuestionLike, cell: ReadCell): unknown;
  };
  /** A CSV cell's text as parseCell expects it; `decimal` is the file's decimal separator. */
  csvCell(q: QuestionLike, text: string, decimal: ',' | '.'): unknown;
  /** The codebook's 'Bereik' text. */
  codebook(q: QuestionLike): string;
  /** A valid answer for demo data and test fixtures; `text` replaces generated free text. */
  example(q: QuestionLike, rnd: () => number, text?: string): AnswerValue;
  traits: Traits;
  /** Number types: the Excel format of a statistic (mean, median) over the answers in the workbook. */
  statFormat?: string;
  /** Planning: whether an answer code is behind a due planning (never, for most types). */
  isBehind(code: string, expects: 'afgerond' | 'begonnen'): boolean;
  /** The code meaning 'done', where agreements of different types meet (Afgerond = Ja); null if none. */
  doneCode: string | null;
}
