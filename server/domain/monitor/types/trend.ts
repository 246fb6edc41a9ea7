/** The shapes of the movement between two waves (issue 17); built in ../trend.ts. */

export interface TrendSide {
  n: number;
  /** Percentages per code of `codes` (null when suppressed or nobody answered). */
  cells: (number | null)[];
  counts: number[] | null;
  suppressed: boolean;
  /** Single organisation: its answer's label; else null. */
  chosen: string | null;
  planning: string | null;
  behindSchedule: boolean;
  behindPercent: number | null;
}

export interface Transitions {
  /** Pairs of the same organisation (or a merged one and its successor) that answered in both waves. */
  n: number;
  /** matrix[i][j]: from codes[i] in the earlier wave to codes[j] in the later one; null when suppressed. */
  matrix: number[][] | null;
  forward: number | null;
  same: number | null;
  back: number | null;
  suppressed: boolean;
}

export interface TrendRow {
  questionId: string;
  /** The earlier wave's question it continues; null for a new question. */
  previousId: string | null;
  text: string;
  actor: string;
  actorLabel: string;
  single: boolean;
  themeId: string;
  themeTitle: string;
  codes: string[];
  labels: string[];
  before: TrendSide | null;
  after: TrendSide;
  /** Later minus earlier percentage per code, in points; null where either is unknown. */
  change: (number | null)[] | null;
  /** Gemeenten and regio's only. */
  transitions: Transitions | null;
}

export interface WentBack {
  org: string;
  name: string;
  actor: string;
  questionId: string;
  text: string;
  /** The organisation whose earlier answer it was: itself, or a gemeente that merged into it. */
  fromOrg: string;
  before: string;
  after: string;
}


