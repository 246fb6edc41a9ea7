/**
 * Whether an organisation counts under a segment filter. The rule of each dimension lives in its
 * entry (`dimensions/`); this file only evaluates the entries' conditions in memory. The repo
 * (`db/repos/waveOrganisations.ts`) evaluates the same conditions in SQL.
 */
import { DIMENSIONS, segmentConditions, type OrgCondition, type OrgField } from './dimensions/index.ts';
import { areaKinds } from '../../survey/actors.ts';
import type { Survey } from '../../survey/schema.ts';
import type { SegmentFilter } from './types.ts';

/** What the monitor knows of an organisation that responded. */
export interface OrgInfo {
  code: string;
  name: string;
  actorKind: string;
  provinceCode: string | null;
  regionCode: string | null;
  inhabitants: number | null;
  submitted: boolean;
}

/**
 * Segments describe the survey's area kinds (gemeenten and regio's); other kinds (national bodies)
 * belong to none and are shown as they are.
 */
export const segmentAppliesTo = (survey: Survey, actorKind: string): boolean => areaKinds(survey).includes(actorKind);

export const isSegmented = (f: SegmentFilter): boolean => DIMENSIONS.some((d) => Boolean(f[d.id]));

const fieldOf: Record<OrgField, (o: OrgInfo) => string | number | null> = {
  code: (o) => o.code,
  actorKind: (o) => o.actorKind,
  provinceCode: (o) => o.provinceCode,
  regionCode: (o) => o.regionCode,
  inhabitants: (o) => o.inhabitants,
};

/** One condition as a predicate; 'in' lists become a Set once, not per organisation. */
function compileCondition(c: OrgCondition): (o: OrgInfo) => boolean {
  const get = fieldOf[c.field];
  if (c.op === 'in') {
    const set = new Set(c.value);
    return (o) => { const v = get(o); return typeof v === 'string' && set.has(v); };
  }
  if (c.op === '=') return (o) => get(o) === c.value;
  const limit = c.value;
  // SQL semantics: NULL inhabitants match neither '<' nor '>='.
  return c.op === '<' ? (o) => { const v = get(o); return typeof v === 'number' && v < limit; }
    : (o) => { const v = get(o); return typeof v === 'number' && v >= limit; };
}

/** Whether an organisation satisfies all conditions (the in-memory twin of the repo's WHERE). */
export function satisfiesAll(conditions: OrgCondition[]): (o: OrgInfo) => boolean {
  const tests = conditions.map(compileCondition);
  return (o) => tests.every((t) => t(o));
}

interface Compiled {
  survey: Survey;
  applies: Set<string>;
  test: (o: OrgInfo) => boolean;
}

// answersOf calls counts() for every answer with the same filter object: compile it once.
const compiled = new WeakMap<SegmentFilter, Compiled>();

/** Whether an organisation's answers count under this filter. */
export function counts(survey: Survey, org: OrgInfo, f: SegmentFilter): boolean {
  if (!org.submitted && !f.includeUnsubmitted) return false;
  let c = compiled.get(f);
  if (!c || c.survey !== survey) {
    c = { survey, applies: new Set(areaKinds(survey)), test: satisfiesAll(segmentConditions(survey, f)) };
    compiled.set(f, c);
  }
  if (!c.applies.has(org.actorKind)) return true;
  return c.test(org);
}
