/**
 * The monitor's figures as pages, the JSON API and the Excel workbook read them.
 * Keep this shape stable: the analyst workbook (one sheet per theme) is built from it.
 */
import type { ActorId } from '../../survey/schema.ts';
import type { DimensionValues } from './dimensions/index.ts';

/**
 * Which organisations count. Empty = all submitted responses, nationally. One optional value per
 * monitor dimension (`inhabitants`, `province`, `region`, `urbanisation`: see `dimensions/`).
 */
export type SegmentFilter = DimensionValues & {
  /** Count concept (not yet submitted) responses too; staff only. */
  includeUnsubmitted?: boolean;
};

/** Smallest group whose percentages a segment may show. */
export const MIN_GROUP_SIZE = 5;

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
  /** Agreement table (planning and yes/no columns) or beleving table (five-point scale). */
  kind: 'afspraak' | 'beleving';
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

/** An informative or follow-up question: percentages of respondents, or number statistics. */
export interface InformativeStat {
  questionId: string;
  actor: ActorId;
  actorLabel: string;
  text: string;
  type: string;
  kind: 'informatief' | 'vervolg';
  /** Follow-up: asked only after this answer to another question. */
  condition: { questionId: string; text: string; answers: string[] } | null;
  n: number;
  suppressed: boolean;
  /** The chosen segment holds no organisation of this kind at all. */
  empty: boolean;
  /** Choice questions (one or more answers): per option. */
  options: InformativeOption[] | null;
  /** Follow-ups: respondents of the question they follow (the report's base, e.g. 26% of all gemeenten). */
  baseN: number | null;
  /** Number questions: statistics over the given numbers (unrounded); null for choice questions. */
  numbers: { mean: number | null; median: number | null; min: number | null; max: number | null; unit: string | null } | null;
  multiple: boolean;
}

export interface InformativeOption {
  code: string;
  label: string;
  count: number | null;
  /** Of the respondents of this question (multiple answers: may add up to more than 100). */
  percent: number | null;
  /** Follow-ups: of the respondents of the question it follows. */
  percentOfBase: number | null;
}

export interface ThemeTables {
  id: string;
  number: string;
  title: string;
  tables: ActorTable[];
  informative: InformativeStat[];
}

export interface BehindScheduleItem {
  questionId: string;
  actor: ActorId;
  actorLabel: string;
  themeId: string;
  themeTitle: string;
  text: string;
  planning: string;
  /** YYYY-MM-DD: by when it should be done ('Klaar', 'In') or started ('Start'). */
  dueDate: string;
  expects: 'afgerond' | 'begonnen';
  /** Single organisation: its answer; gemeenten/regio's: null (see behindPercent). */
  answer: Chosen | null;
  n: number;
  behindPercent: number | null;
  /**
   * Nobody (of those who count) answered, and the planning's date has passed: 'geen antwoord,
   * deadline verstreken'. Not a finding that it is behind; listed so it is not left out either.
   */
  unanswered: boolean;
}

/** An agreement asked of several actors, their answers side by side. */
export interface SharedAgreement {
  key: string;
  themeId: string;
  text: string;
  members: { actor: ActorId; actorLabel: string; questionId: string; planning: string | null; answer: Chosen | null; n: number }[];
  /** At least two actors that both answered gave a different answer (a missing answer never differs). */
  differs: boolean;
  /** Labels of the actors that gave no answer yet ('nog geen antwoord van VNG'); empty when all answered. */
  unansweredBy: string[];
}

export interface WaveTables {
  waveId: string;
  surveyId: string;
  title: string;
  /** YYYY-MM-DD: the date the answers describe; planning dates are compared with it. */
  referenceDate: string;
  filter: SegmentFilter;
  /** A segment (inhabitants, province, region) is chosen: small groups are suppressed. */
  segmented: boolean;
  minGroupSize: number;
  /** Per actor kind: organisations counted (with at least one answer). */
  respondents: { actor: ActorId; label: string; n: number }[];
  themes: ThemeTables[];
  behindSchedule: BehindScheduleItem[];
  agreements: SharedAgreement[];
}
