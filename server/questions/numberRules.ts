import { z } from 'zod';
import type { QuestionLike } from './types.ts';

export const numberShape = {
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().optional(),
};

/** What sets one number type (getal, bedrag, percentage) apart from the others. */
export interface NumberRules {
  integer: boolean;
  defaultMin: number;
  defaultMax: number;
  format: (n: number) => string;
  /** 'Een heel getal', as the offline hint starts. */
  noun: string;
  /** Whether hints and the codebook name the default maximum (a percentage's 100) or say 'of meer'. */
  showDefaultMax: boolean;
  /** The codebook's unit when the definition names none. */
  unit: string;
  /** Excel number format of the offline answer cell. */
  numFmt: string;
  /** Excel number format of a statistic over the answers (a mean has decimals a whole number has not). */
  statFormat: string;
  prefix: string | null;
  /** The suffix shown after the field (getal: the definition's unit). */
  suffix: (q: QuestionLike) => string | null;
  /** A cell formatted as '%' holds a fraction (someone typed 45%): read as 45. */
  percentCells?: boolean;
  /** Demo value before it is kept within the question's limits. */
  example: (rnd: () => number) => number;
}
