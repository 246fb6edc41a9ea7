/**
 * Movement between two waves (issue 17), pure: per agreement and party the distribution of both
 * waves side by side with the change in points, behind schedule per wave, and for the kinds with
 * many organisations (gemeenten, regio's) the transitions from one answer to the other. A gemeente
 * that merged into another is followed into its successor: its answer of the earlier wave is paired
 * with the successor's. The tables of each wave are built by buildTables (same filters, same
 * suppression); the transitions are counted here, suppressed for fewer than MIN_GROUP_SIZE pairs.
 */
import { moduleFor, type AnswerValue } from '../../questions/index.ts';
import type { Question, Survey } from '../../survey/schema.ts';
import { counts as countsUnder } from './segments.ts';
import { MIN_GROUP_SIZE, type ActorTable, type SegmentFilter, type TableRow, type WaveTables } from './types.ts';
import type { WaveData } from './waveData.ts';

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

export interface TrendInput {
  survey: Survey;
  previousSurvey: Survey;
  /** Later question id → earlier question id. */
  continues: ReadonlyMap<string, string>;
  /** Merged-away gemeente → successor. */
  mergers: ReadonlyMap<string, string>;
  data: WaveData;
  previousData: WaveData;
  tables: WaveTables;
  previousTables: WaveTables;
  filter: SegmentFilter;
}

/** How far an answer is towards done: options in order towards the type's done code ('Afgerond', 'Ja'). */
function rankOf(q: Question): Map<string, number> | null {
  const module = moduleFor(q.type);
  const codes = (module.options(q) ?? []).map((o) => o.code);
  const done = module.doneCode ? codes.indexOf(module.doneCode) : -1;
  if (done < 0) return null;
  const ordered = done === 0 ? [...codes].reverse() : codes;
  return new Map(ordered.map((c, i) => [c, i]));
}

const rowsByKey = (t: WaveTables): Map<string, { table: ActorTable; row: TableRow; themeTitle: string }> => {
  const map = new Map<string, { table: ActorTable; row: TableRow; themeTitle: string }>();
  for (const theme of t.themes) for (const table of theme.tables) for (const row of table.rows) {
    map.set(`${table.actor}|${row.questionId}`, { table, row, themeTitle: theme.title });
  }
  return map;
};

/** A wave's row in the later row's codes (a yes/no row keeps its own two cells). */
function side(row: TableRow, codes: string[]): TrendSide {
  const at = codes.map((c) => row.cellCodes.indexOf(c));
  return {
    n: row.n,
    cells: at.map((i) => (i < 0 ? null : (row.cells[i] ?? null))),
    counts: row.counts ? at.map((i) => (i < 0 ? 0 : (row.counts![i] ?? 0))) : null,
    suppressed: row.suppressed,
    chosen: row.chosen?.label ?? null,
    planning: row.planning,
    behindSchedule: row.behindSchedule,
    behindPercent: row.behindPercent,
  };
}

/** The earlier organisations an organisation of the later wave continues: itself and those merged into it. */
export function predecessorsOf(code: string, mergers: ReadonlyMap<string, string>): string[] {
  return [code, ...[...mergers].filter(([, to]) => to === code).map(([from]) => from)];
}

interface Pair { from: string; to: string; before: AnswerValue; after: AnswerValue }

/** Organisations that count in the later wave under the filter, paired with their answer of the earlier wave. */
function pairsOf(input: TrendInput, q: Question, previousId: string, actor: string): Pair[] {
  const later = input.data.answers.get(q.id);
  const earlier = input.previousData.answers.get(previousId);
  if (!later || !earlier) return [];
  const pairs: Pair[] = [];
  const drafts = { includeUnsubmitted: input.filter.includeUnsubmitted } as SegmentFilter;
  for (const [code, after] of later) {
    const org = input.data.orgs.get(code)!;
    if (org.actorKind !== actor || !countsUnder(input.survey, org, input.filter)) continue;
    // The segment is the successor's; the earlier organisation only has to have counted then.
    for (const from of predecessorsOf(code, input.mergers)) {
      const before = earlier.get(from);
      const old = input.previousData.orgs.get(from);
      if (before === undefined || !old || !countsUnder(input.previousSurvey, old, drafts)) continue;
      pairs.push({ from, to: code, before, after });
    }
  }
  return pairs;
}

function transitionsOf(pairs: Pair[], codes: string[], rank: Map<string, number> | null, segmented: boolean): Transitions {
  const index = new Map(codes.map((c, i) => [c, i]));
  const matrix = codes.map(() => codes.map(() => 0));
  let forward = 0, same = 0, back = 0, n = 0;
  for (const p of pairs) {
    const i = index.get(String(p.before));
    const j = index.get(String(p.after));
    if (i === undefined || j === undefined) continue;
    n++;
    matrix[i]![j]!++;
    const a = rank?.get(String(p.before)) ?? i;
    const b = rank?.get(String(p.after)) ?? j;
    if (b > a) forward++; else if (b < a) back++; else same++;
  }
  const suppressed = segmented && n < MIN_GROUP_SIZE;
  return suppressed
    ? { n, matrix: null, forward: null, same: null, back: null, suppressed }
    : { n, matrix, forward, same, back, suppressed };
}

/** Every agreement of the later wave, beside the earlier wave's distribution of the question it continues. */
export function buildTrend(input: TrendInput): TrendRow[] {
  const before = rowsByKey(input.previousTables);
  const questions = new Map(input.survey.questions.map((q) => [q.id, q]));
  const out: TrendRow[] = [];
  for (const theme of input.tables.themes) for (const table of theme.tables) {
    if (table.role !== 'agreement') continue;
    const actor = input.survey.actors.find((a) => a.id === table.actor)!;
    for (const row of table.rows) {
      const q = questions.get(row.questionId)!;
      const previousId = input.continues.get(q.id) ?? null;
      const codes = row.cellCodes;
      const after = side(row, codes);
      const old = previousId ? before.get(`${table.actor}|${previousId}`) : undefined;
      const beforeSide = old ? side(old.row, codes) : null;
      const change = beforeSide ? after.cells.map((c, i) => (c === null || beforeSide.cells[i] === null ? null : c - beforeSide.cells[i]!)) : null;
      const transitions = !actor.single && previousId
        ? transitionsOf(pairsOf(input, q, previousId, actor.id), codes, rankOf(q), input.tables.segmented)
        : null;
      out.push({
        questionId: q.id, previousId: old ? previousId : null, text: q.text, actor: actor.id, actorLabel: table.label, single: table.single,
        themeId: theme.id, themeTitle: theme.title, codes, labels: row.cellLabels, before: beforeSide, after, change, transitions,
      });
    }
  }
  return out;
}

/** Answers that went back (e.g. 'Afgerond' then 'Mee bezig'), per organisation: a question for the respondent. */
export function wentBack(input: TrendInput): WentBack[] {
  const out: WentBack[] = [];
  for (const q of input.survey.questions) {
    const previousId = input.continues.get(q.id);
    const rank = rankOf(q);
    const old = previousId ? input.previousSurvey.questions.find((p) => p.id === previousId) : undefined;
    if (q.role !== 'agreement' || !previousId || !rank || !old) continue;
    for (const actor of q.actorKinds) {
      for (const p of pairsOf(input, q, previousId, actor)) {
        const a = rank.get(String(p.before));
        const b = rank.get(String(p.after));
        if (a === undefined || b === undefined || b >= a) continue;
        const org = input.data.orgs.get(p.to)!;
        out.push({
          org: p.to, name: org.name, actor, questionId: q.id, text: q.text, fromOrg: p.from,
          before: moduleFor(old.type).format(old, p.before), after: moduleFor(q.type).format(q, p.after),
        });
      }
    }
  }
  return out.sort((x, y) => x.name.localeCompare(y.name, 'nl') || x.questionId.localeCompare(y.questionId));
}

/** One organisation's own path per question: its earlier answer (or a merged predecessor's) and its later one. */
export function ownPath(input: TrendInput, code: string): Record<string, { before: string | null; after: string | null }> {
  const out: Record<string, { before: string | null; after: string | null }> = {};
  for (const q of input.survey.questions) {
    if (q.role !== 'agreement') continue;
    const previousId = input.continues.get(q.id);
    const old = previousId ? input.previousSurvey.questions.find((p) => p.id === previousId) : undefined;
    // Submitted answers only, as everywhere in the monitor.
    const later = input.data.orgs.get(code)?.submitted ? input.data.answers.get(q.id)?.get(code) : undefined;
    const earlierCode = old ? predecessorsOf(code, input.mergers)
      .find((c) => input.previousData.orgs.get(c)?.submitted && input.previousData.answers.get(old.id)?.has(c)) : undefined;
    const earlier = old && earlierCode ? input.previousData.answers.get(old.id)!.get(earlierCode) : undefined;
    if (later === undefined && earlier === undefined) continue;
    out[q.id] = {
      before: old && earlier !== undefined ? moduleFor(old.type).format(old, earlier) : null,
      after: later === undefined ? null : moduleFor(q.type).format(q, later),
    };
  }
  return out;
}
