import type { OptionDef } from './values.ts';

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
