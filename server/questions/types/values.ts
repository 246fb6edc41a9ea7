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

/** Limits a value must keep (shown in hints and the codebook, checked by parse*). */
export interface Limits {
  min?: number | string;
  max?: number | string;
  maxLength?: number;
}
