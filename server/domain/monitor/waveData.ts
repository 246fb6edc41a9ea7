import type { AnswerValue } from '../../questions/index.ts';
import { counts, type OrgInfo } from './segments.ts';
import type { SegmentFilter } from './types.ts';

/** One stored answer: which organisation, which field, the JSON text. */
export interface RawAnswer {
  org: string;
  field: string;
  value: string;
}

/** All answers of a wave, indexed once: field → organisation → value. */
export interface WaveData {
  orgs: Map<string, OrgInfo>;
  answers: Map<string, Map<string, AnswerValue>>;
}

/** Most answers are option codes ("mee_bezig"): read those without the JSON parser, which is the hot spot at scale. */
const parseValue = (json: string): AnswerValue =>
  json.charCodeAt(0) === 34 && json.indexOf('\\') < 0 ? json.slice(1, -1) : (JSON.parse(json) as AnswerValue);

/** One pass over the answers (each JSON value parsed once); answers of unknown organisations are ignored. */
export function indexWaveData(orgs: OrgInfo[], rows: Iterable<RawAnswer>): WaveData {
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  const answers = new Map<string, Map<string, AnswerValue>>();
  for (const r of rows) {
    if (!byCode.has(r.org)) continue;
    let perOrg = answers.get(r.field);
    if (!perOrg) answers.set(r.field, (perOrg = new Map()));
    perOrg.set(r.org, parseValue(r.value));
  }
  return { orgs: byCode, answers };
}

/** Answers to one field by organisations of one actor kind that count under the filter. */
export function answersOf(data: WaveData, field: string, actorKind: string, filter: SegmentFilter): Map<string, AnswerValue> {
  const out = new Map<string, AnswerValue>();
  const perOrg = data.answers.get(field);
  if (!perOrg) return out;
  for (const [code, value] of perOrg) {
    const org = data.orgs.get(code)!;
    if (org.actorKind === actorKind && counts(org, filter)) out.set(code, value);
  }
  return out;
}

/** The organisations (of an actor kind, under a filter) that answered any of these fields. */
export function respondentsOf(data: WaveData, fields: string[], actorKind: string, filter: SegmentFilter): Set<string> {
  const out = new Set<string>();
  for (const f of fields) for (const code of answersOf(data, f, actorKind, filter).keys()) out.add(code);
  return out;
}
