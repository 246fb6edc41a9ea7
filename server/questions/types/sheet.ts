import type { DataValidation } from 'exceljs';
import type { OptionDef } from './values.ts';

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
