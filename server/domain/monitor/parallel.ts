import { moduleFor } from '../../questions/index.ts';
import { memberKinds, regionKind } from '../../survey/actors.ts';
import type { Question, Survey } from '../../survey/schema.ts';
import { summarise, type Summary } from './summary.ts';
import type { SegmentFilter } from './types.ts';
import { answersOf, type WaveData } from './waveData.ts';

export interface ParallelRow {
  key: string;
  regioQuestion: Question;
  gemeenteQuestionId: string;
  /** The region's own (submitted) answer as text; null when it has none. */
  regionAnswer: string | null;
  regionCodes: string[];
  /** The region's own submitted gemeenten; small groups show no figures. */
  municipalities: Summary;
}

/**
 * Region/member twin questions (same parallelKey), in the region questionnaire's order. Which
 * kinds these are is declared in the definition (`partOf`): in 2024, regio and gemeente.
 */
export function parallelPairs(survey: Survey): { key: string; regio: Question; gemeente: Question; memberKind: string }[] {
  const out: { key: string; regio: Question; gemeente: Question; memberKind: string }[] = [];
  const regionId = regionKind(survey);
  const memberKind = regionId === undefined ? undefined : memberKinds(survey, regionId)[0];
  if (regionId === undefined || memberKind === undefined) return out;
  for (const regio of survey.questions) {
    if (!regio.parallelKey || !regio.actorKinds.includes(regionId)) continue;
    const gemeente = survey.questions.find((q) => q.parallelKey === regio.parallelKey && q.actorKinds.includes(memberKind));
    if (gemeente) out.push({ key: regio.parallelKey, regio, gemeente, memberKind });
  }
  return out;
}

/**
 * A region's answer beside the distribution of its own municipalities, question by question; the
 * monitor's other dimensions narrow the municipalities (e.g. only those of 100.000 inwoners or more).
 */
export function regionAgainstMunicipalities(
  survey: Survey, data: WaveData, regionCode: string, segment: SegmentFilter = {},
): ParallelRow[] {
  const region = data.orgs.get(regionCode);
  const regionSubmitted = region !== undefined && region.submitted;
  return parallelPairs(survey).map(({ key, regio, gemeente, memberKind }) => {
    const own = regionSubmitted ? data.answers.get(regio.id)?.get(regionCode) : undefined;
    const values = [...answersOf(survey, data, gemeente.id, memberKind, { ...segment, region: regionCode }).values()];
    return {
      key,
      regioQuestion: regio,
      gemeenteQuestionId: gemeente.id,
      regionAnswer: own === undefined ? null : moduleFor(regio.type).format(regio, own),
      regionCodes: own === undefined ? [] : Array.isArray(own) ? own : [String(own)],
      municipalities: summarise(gemeente, values, true),
    };
  });
}
