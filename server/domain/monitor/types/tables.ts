import type { ActorId } from '../../../survey/schema.ts';

export interface Chosen {
  code: string;
  label: string;
}

/** One agreement (or beleving item) of one actor kind: a row of the report's table. */
export interface TableRow {
  questionId: string;
  text: string;
  /** 'Planning HA/IP (indien bekend)', as printed ('Klaar Q2 2024'), or null. */
  planning: string | null;
  /** A 'Ja/Nee vraag' row: its cells are [Ja, Nee] instead of the table's columns. */
  isYesNo: boolean;
  /** Option codes and labels of `cells`, in the same order. */
  cellCodes: string[];
  cellLabels: string[];
  /** Organisations that answered this question (empty answers do not count). */
  n: number;
  /**
   * Percentages 0..100 of `n`, each rounded half up to a whole number on its own (as the report
   * prints them: a row may add up to 99 or 101); null when suppressed or nobody answered.
   * Single-organisation actors (Rijk, VNG, BGZJ, SBJ, KBL): 100 in the chosen cell, 0 elsewhere;
   * read `chosen` for the answer itself.
   */
  cells: (number | null)[];
  /**
   * The same shares with one decimal (3.2, 17.3), for figures the report's prose prints that way;
   * null where `cells` is. Pages keep whole numbers, as the report's tables do.
   */
  cellsOneDecimal: (number | null)[];
  /** Respondents per cell; null when suppressed. */
  counts: number[] | null;
  /** Single-organisation actor: its answer; null when it gave none (or for gemeenten/regio's). */
  chosen: Chosen | null;
  /** 'Achter op planning': the planning's date has passed on the reference date and it is not done. */
  behindSchedule: boolean;
  /** Gemeenten/regio's: percentage of the respondents that is behind (null when not applicable or suppressed). */
  behindPercent: number | null;
  /** Percentages hidden: a segment group smaller than MIN_GROUP_SIZE. */
  suppressed: boolean;
  /** Same agreement asked of several actors (see WaveTables.agreements). */
  agreementKey: string | null;
  /** Another actor answered the same agreement differently. */
  agreementDiffers: boolean;
  /** The regio/gemeente twin question. */
  parallelKey: string | null;
  /** Beleving rows: the theme the item is about. */
  themeRef: string | null;
}

/** One table of a theme: one actor kind, in the report's layout. */
export interface ActorTable {
  actor: ActorId;
  /** Agreement table (planning and yes/no columns) or five-point scale table ('beleving' in 2024). */
  role: 'agreement' | 'experience';
  /** The definition's kind of question of its rows ('afspraak', 'beleving'). */
  kind: string;
  /** 'Rijk', 'Gemeenten', "Jeugdhulpregio's", … (the report's heading). */
  label: string;
  /** One organisation of this kind: rows show its answer, not percentages. */
  single: boolean;
  /** Organisations that answered at least one question of this table. */
  n: number;
  /** Answer columns: the four progress states, or the five-point beleving scale. */
  columns: string[];
  columnCodes: string[];
  /** Some rows are yes/no questions (the report's 'Ja/Nee vraag' column). */
  hasYesNo: boolean;
  /** False for national bodies when a segment is chosen: their table is shown as is. */
  segmentApplies: boolean;
  /** The whole table is below MIN_GROUP_SIZE in this segment. */
  suppressed: boolean;
  /**
   * Organisations of this kind in the chosen segment, answered or not; null without a segment (or
   * when the segment does not apply to the kind).
   */
  organisations: number | null;
  /** The segment holds no organisation of this kind at all ('geen organisaties in deze selectie'). */
  empty: boolean;
  rows: TableRow[];
}
