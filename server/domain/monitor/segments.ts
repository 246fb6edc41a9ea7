/**
 * Whether an organisation counts under a segment filter. The rule of each dimension lives in its
 * entry (`dimensions/`); this file only evaluates the entries' conditions in memory. The repo
 * (`db/repos/waveOrganisations.ts`) evaluates the same conditions in SQL.
 */
import { DIMENSIONS, segmentConditions, type OrgCondition, type OrgField } from './dimensions/index.ts';
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

/** Segments describe gemeenten and regio's; national bodies belong to none and are shown as they are. */
export const segmentAppliesTo = (actorKind: string): boolean => actorKind === 'gemeente' || actorKind === 'regio';

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

// answersOf calls counts() for every answer with the same filter object: compile it once.
const compiled = new WeakMap<SegmentFilter, (o: OrgInfo) => boolean>();

/** Whether an organisation's answers count under this filter. */
export function counts(org: OrgInfo, f: SegmentFilter): boolean {
  if (!org.submitted && !f.includeUnsubmitted) return false;
  if (!segmentAppliesTo(org.actorKind)) return true;
  let test = compiled.get(f);
  if (!test) compiled.set(f, (test = satisfiesAll(segmentConditions(f))));
  return test(org);
}
