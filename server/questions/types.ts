import type { DataValidation } from 'exceljs';
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
  /** datum: the earliest and latest date accepted (YYYY-MM-DD). */
  notBefore?: string;
  notAfter?: string;
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
  /** Categories found in the data (datum: one per year), when the type has no fixed options. */
  categories?: OptionDef[];
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

/** How the answer control looks: the partial reads these instead of knowing the type. */
export interface ControlView {
  prefix: string | null;
  suffix: string | null;
  /** More than one answer (checkboxes; one offline-workbook row per option). */
  multiple: boolean;
  inputmode: 'decimal' | 'numeric' | null;
  maxlength: number | null;
}

/** The answer cell of the offline workbook. */
export interface SheetCell {
  value: string | number | Date | null;
  numFmt?: string;
  dataValidation?: DataValidation;
  /** Shown in the 'Toelichting bij de vraag' column. */
  hint: string | null;
}

export interface SheetContext {
  /** The hidden-sheet range holding these options' labels, for a drop-down list. */
  listRange(options: OptionDef[]): string;
}

/** A cell read back from a workbook: its value and, when it has one, its number format. */
export interface ReadCell {
  value: string | number | boolean | Date;
  numFmt: string | undefined;
}

/** Limits a value must keep (shown in hints and the codebook, checked by parse*). */
export interface Limits {
  min?: number | string;
  max?: number | string;
  maxLength?: number;
}

/** Monitor traits: how the tables and the planning treat answers of this type. */
export interface Traits {
  /** Answers are lists of codes: percentages add up past 100, one workbook row per option. */
  multiple: boolean;
  /** A yes/no row in a report table (its own legend). */
  yesNo: boolean;
  /** Compared in the benchmark (free text is not). */
  comparable: boolean;
}

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
