import type { z } from 'zod';

/** A stored answer value: an option code, a list of codes, a number or text. */
export type AnswerValue = string | number | string[];

export interface OptionDef {
  code: string;
  label: string;
  /** 'Andere …' option: selecting it opens the `<id>.anders` text field. */
  other?: boolean;
}

/** Minimal view of a question that the type modules need (the full shape lives in the survey schema). */
export interface QuestionLike {
  id: string;
  type: string;
  options?: OptionDef[];
  min?: number;
  max?: number;
  unit?: string;
  required: boolean;
}

export type ParseResult =
  | { ok: true; value: AnswerValue | null }
  | { ok: false; error: string };

/** Counts of one question's answers, as the monitor tables need them. */
export interface OptionAggregate {
  kind: 'options';
  n: number;
  counts: Record<string, number>;
}
export interface NumberAggregate {
  kind: 'numbers';
  n: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}
export interface TextAggregate {
  kind: 'texts';
  n: number;
}
export type Aggregate = OptionAggregate | NumberAggregate | TextAggregate;

export interface QuestionModule {
  type: string;
  /** Extra definition fields this type accepts (merged into the question schema). */
  definitionShape: z.ZodRawShape;
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
}
