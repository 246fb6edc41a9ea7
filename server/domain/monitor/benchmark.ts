import { moduleFor } from '../../questions/index.ts';
import { actorOf, memberKinds, regionKind } from '../../survey/actors.ts';
import type { Question, Survey } from '../../survey/schema.ts';
import { summarise, type Summary } from './summary.ts';
import { isSegmented, type OrgInfo } from './segments.ts';
import type { SegmentFilter } from './types.ts';
import { answersOf, type WaveData } from './waveData.ts';

export interface BenchmarkRow {
  questionId: string;
  text: string;
  type: string;
  planning: string | null;
  /** The organisation's own answer, as text; null when not answered. */
  own: string | null;
  ownCodes: string[];
  national: Summary;
  /** Gemeenten of the same youth-care region (a gemeente), or a regio's own gemeenten on twin questions; else null. */
  region: Summary | null;
  /** The chosen organisation to compare with: its answer as text. */
  compare: string | null;
}

export interface BenchmarkTheme {
  id: string;
  number: string;
  title: string;
  rows: BenchmarkRow[];
}

const compared = (q: Question) => moduleFor(q.type).traits.comparable;

/**
 * An organisation's answers beside the national distribution of its kind (under the monitor's
 * filter, when one is chosen: e.g. gemeenten of 100.000 inwoners or more) and that of its region's
 * gemeenten; only submitted answers of others count. `compareWith` must be of the same kind.
 */
export function benchmark(
  survey: Survey, data: WaveData, org: OrgInfo, compareWith: OrgInfo | null, segment: SegmentFilter = {},
): BenchmarkTheme[] {
  const segmented = isSegmented(segment);
  const kind = org.actorKind;
  const regionId = regionKind(survey);
  const memberKind = regionId === undefined ? undefined : memberKinds(survey, regionId)[0];
  const isMember = actorOf(survey, kind)?.partOf !== undefined;
  const format = (q: Question, code: string): string | null => {
    const v = data.answers.get(q.id)?.get(code);
    return v === undefined ? null : moduleFor(q.type).format(q, v);
  };
  return survey.themes
    .map((theme) => {
      const questions = survey.questions.filter((q) => q.theme === theme.id && q.actorKinds.includes(kind as never) && compared(q));
      const rows = questions.map((q): BenchmarkRow => {
        const ownValue = data.answers.get(q.id)?.get(org.code);
        const national = [...answersOf(survey, data, q.id, kind, segment).values()];
        // A member kind (gemeente): the members of its region. A region kind: its own members, where
        // the question has a member twin. The kinds come from the definition's `partOf`.
        const twin = kind === regionId && memberKind !== undefined && q.parallelKey
          ? survey.questions.find((g) => g.parallelKey === q.parallelKey && g.actorKinds.includes(memberKind)) : undefined;
        const region = !org.regionCode
          ? null
          : isMember
            ? summarise(q, [...answersOf(survey, data, q.id, kind, { region: org.regionCode }).values()], true)
            : twin && memberKind !== undefined
              ? summarise(twin, [...answersOf(survey, data, twin.id, memberKind, { region: org.regionCode }).values()], true)
              : null;
        return {
          questionId: q.id,
          text: q.text,
          type: q.type,
          planning: q.planning,
          own: format(q, org.code),
          ownCodes: ownValue === undefined ? [] : Array.isArray(ownValue) ? ownValue : [String(ownValue)],
          national: summarise(q, national, segmented), // a chosen group hides its figures below 5
          region,
          compare: compareWith && compareWith.submitted ? format(q, compareWith.code) : null,
        };
      });
      return { id: theme.id, number: theme.number, title: theme.title, rows };
    })
    .filter((t) => t.rows.length > 0);
}

/** Organisations one may compare with: same kind, submitted, not itself; by name. */
export const comparableOrganisations = (data: WaveData, org: OrgInfo): OrgInfo[] =>
  [...data.orgs.values()]
    .filter((o) => o.actorKind === org.actorKind && o.submitted && o.code !== org.code)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
