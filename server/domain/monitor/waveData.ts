import type { AnswerValue } from '../../questions/index.ts';
import { counts, type OrgInfo } from './segments.ts';
import type { Survey } from '../../survey/schema.ts';
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

/** Option codes are short; longer strings are explanations and other free text. */
const MAX_SHARED_LENGTH = 64;

/**
 * Builds WaveData a batch of rows at a time, in one pass (each JSON value parsed once); answers of
 * unknown organisations are ignored. Organisation codes and option codes are shared, not copied per
 * answer, so the index of a large wave stays small.
 */
export function waveDataIndexer(orgs: OrgInfo[]): { add(rows: Iterable<RawAnswer>): void; data: WaveData } {
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  const answers = new Map<string, Map<string, AnswerValue>>();
  const codes = new Map<string, string>();
  // Most answers are option codes ("mee_bezig"): read those without the JSON parser, which is the hot spot at scale.
  const parseValue = (json: string): AnswerValue => {
    if (json.charCodeAt(0) !== 34 || json.indexOf('\\') >= 0) return JSON.parse(json) as AnswerValue;
    // Free texts seldom repeat: sharing them would only fill the map.
    if (json.length > MAX_SHARED_LENGTH) return json.slice(1, -1);
    let code = codes.get(json);
    if (code === undefined) codes.set(json, (code = json.slice(1, -1)));
    return code;
  };
  return {
    data: { orgs: byCode, answers },
    add(rows) {
      for (const r of rows) {
        const org = byCode.get(r.org);
        if (!org) continue;
        let perOrg = answers.get(r.field);
        if (!perOrg) answers.set(r.field, (perOrg = new Map()));
        perOrg.set(org.code, parseValue(r.value));
      }
    },
  };
}

/** Answers to one field by organisations of one actor kind that count under the filter. */
export function answersOf(
  survey: Survey, data: WaveData, field: string, actorKind: string, filter: SegmentFilter,
): Map<string, AnswerValue> {
  const out = new Map<string, AnswerValue>();
  const perOrg = data.answers.get(field);
  if (!perOrg) return out;
  for (const [code, value] of perOrg) {
    const org = data.orgs.get(code)!;
    if (org.actorKind === actorKind && counts(survey, org, filter)) out.set(code, value);
  }
  return out;
}
