/**
 * The pairs behind the transitions (issue 17), pure: an organisation of the later wave with its own
 * answer of the earlier wave, or that of a gemeente that merged into it; counted into a transition table.
 */
import { moduleFor, type AnswerValue } from '../../questions/index.ts';
import type { Question, Survey } from '../../survey/schema.ts';
import { counts as countsUnder } from './segments.ts';
import type { SegmentFilter, WaveTables } from './types.ts';
import type { WaveData } from './waveData.ts';

/** Both waves, their tables under the filter, and how the later one continues the earlier one. */
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

/** Options in order towards the type's done code ('Afgerond', 'Ja'), or null when the type has none (numbers, texts, scales). */
export function towardsDone(q: Question): string[] | null {
  const module = moduleFor(q.type);
  const codes = (module.options(q) ?? []).map((o) => o.code);
  const done = module.doneCode ? codes.indexOf(module.doneCode) : -1;
  if (done < 0) return null;
  return done === 0 ? [...codes].reverse() : codes;
}

/** How far an answer is towards done: its place in towardsDone. */
export function rankOf(q: Question): Map<string, number> | null {
  const ordered = towardsDone(q);
  return ordered ? new Map(ordered.map((c, i) => [c, i])) : null;
}

/** The earlier organisations an organisation of the later wave continues: itself and those merged into it. */
export function predecessorsOf(code: string, mergers: ReadonlyMap<string, string>): readonly string[] {
  return successorIndex(mergers).get(code) ?? [code];
}

// Asked once per organisation and question: the mergers indexed by successor once per mergers map.
const indexes = new WeakMap<ReadonlyMap<string, string>, Map<string, string[]>>();
function successorIndex(mergers: ReadonlyMap<string, string>): Map<string, string[]> {
  let index = indexes.get(mergers);
  if (!index) {
    index = new Map();
    for (const [from, to] of mergers) index.set(to, [...(index.get(to) ?? [to]), from]);
    indexes.set(mergers, index);
  }
  return index;
}

export interface Pair { from: string; to: string; before: AnswerValue; after: AnswerValue }

/** Organisations that count in the later wave under the filter, paired with their answer of the earlier wave. */
export function pairsOf(input: TrendInput, q: Question, previousId: string, actor: string): Pair[] {
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
