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

export const LARGE_MUNICIPALITY = 100_000;

/** Segments describe gemeenten and regio's; national bodies belong to none and are shown as they are. */
export const segmentAppliesTo = (actorKind: string): boolean => actorKind === 'gemeente' || actorKind === 'regio';

export const isSegmented = (f: SegmentFilter): boolean => Boolean(f.inhabitants || f.province || f.region);

/** Whether an organisation's answers count under this filter. */
export function counts(org: OrgInfo, f: SegmentFilter): boolean {
  if (!org.submitted && !f.includeUnsubmitted) return false;
  if (!segmentAppliesTo(org.actorKind)) return true;
  if (f.province && org.provinceCode !== f.province) return false;
  if (f.region && org.regionCode !== f.region) return false;
  if (f.inhabitants) {
    if (org.inhabitants === null) return false;
    const large = org.inhabitants >= LARGE_MUNICIPALITY;
    if (large !== (f.inhabitants === 'ge100k')) return false;
  }
  return true;
}

export interface SegmentChoices {
  provinces: { code: string; name: string }[];
  regions: { code: string; name: string }[];
}

export interface ParsedSegment {
  filter: SegmentFilter;
  /** Field name → Dutch message (HTTP 422 next to the field). */
  errors: Record<string, string>;
  /** What was typed, to show back in the form. */
  values: Record<string, string>;
}

const one = (v: unknown): string => (typeof v === 'string' ? v.trim() : Array.isArray(v) && typeof v[0] === 'string' ? v[0].trim() : '');

/**
 * Reads the filter form (GET query): inwoners=lt100k|ge100k, provincie=PVxx, regio=JZxx, concepten=1.
 * Concept responses only for staff (mayIncludeUnsubmitted).
 */
export function parseSegmentQuery(query: Record<string, unknown>, choices: SegmentChoices, mayIncludeUnsubmitted: boolean): ParsedSegment {
  const values = {
    inwoners: one(query.inwoners),
    provincie: one(query.provincie).toUpperCase(),
    regio: one(query.regio).toUpperCase(),
    concepten: one(query.concepten),
  };
  const filter: SegmentFilter = {};
  const errors: Record<string, string> = {};
  if (values.inwoners === 'lt100k' || values.inwoners === 'ge100k') filter.inhabitants = values.inwoners;
  else if (values.inwoners) errors.inwoners = 'Kies minder dan 100.000 inwoners, 100.000 of meer, of alle gemeenten.';
  if (values.provincie) {
    if (choices.provinces.some((p) => p.code === values.provincie)) filter.province = values.provincie;
    else errors.provincie = `Provincie ‘${values.provincie}’ bestaat niet. Kies een provincie uit de lijst.`;
  }
  if (values.regio) {
    if (choices.regions.some((r) => r.code === values.regio)) filter.region = values.regio;
    else errors.regio = `Jeugdhulpregio ‘${values.regio}’ bestaat niet. Kies een regio uit de lijst.`;
  }
  if (values.concepten === '1' && mayIncludeUnsubmitted) filter.includeUnsubmitted = true;
  return { filter, errors, values };
}

/** The same filter as a query string, for links that keep it. */
export function segmentQuery(f: SegmentFilter): string {
  const p = new URLSearchParams();
  if (f.inhabitants) p.set('inwoners', f.inhabitants);
  if (f.province) p.set('provincie', f.province);
  if (f.region) p.set('regio', f.region);
  if (f.includeUnsubmitted) p.set('concepten', '1');
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** A short Dutch description of the segment, for captions. */
export function describeSegment(f: SegmentFilter, choices: SegmentChoices): string {
  const parts: string[] = [];
  if (f.inhabitants) parts.push(f.inhabitants === 'lt100k' ? 'minder dan 100.000 inwoners' : '100.000 inwoners of meer');
  if (f.province) parts.push(`provincie ${choices.provinces.find((p) => p.code === f.province)?.name ?? f.province}`);
  if (f.region) parts.push(`jeugdhulpregio ${choices.regions.find((r) => r.code === f.region)?.name ?? f.region}`);
  if (f.includeUnsubmitted) parts.push('inclusief niet-ingediende antwoorden');
  return parts.length ? parts.join(', ') : 'landelijk, alleen ingediende antwoorden';
}
