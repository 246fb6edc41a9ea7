/** How the answer control looks: the partial reads these instead of knowing the type. */
export interface ControlView {
  prefix: string | null;
  suffix: string | null;
  /** More than one answer (checkboxes; one offline-workbook row per option). */
  multiple: boolean;
  inputmode: 'decimal' | 'numeric' | null;
  maxlength: number | null;
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
