/**
 * The segment filter as the outside world sees it: read from a GET query, written back as a query
 * string, described in a caption and offered as form fields. Every part loops over DIMENSIONS, so
 * a new dimension appears everywhere at once.
 */
import { areaKindsMembersFirst, kindsText } from '../../survey/actors.ts';
import type { Survey } from '../../survey/schema.ts';
import { DIMENSIONS, dimensionsFor, type SegmentChoices } from './dimensions/index.ts';
import type { SegmentFilter } from './types.ts';

/** One select of the filter form (the monitor's and the export page's). */
export interface SegmentField {
  name: string;
  label: string;
  empty: string;
  choices: [string, string][];
  /**
   * 'gemeenten' when the dimension sorts only some of the segmented kinds (regio's are in none of
   * its groups): the form says so. Null when it sorts them all.
   */
  onlyFor: string | null;
}

export interface ParsedSegment {
  filter: SegmentFilter;
  /** Field name → Dutch message (HTTP 422 next to the field). */
  errors: Record<string, string>;
  /** What was typed, to show back in the form. */
  values: Record<string, string>;
  /** The dimensions of this survey as form fields, in order (none when it has no area kinds). */
  fields: SegmentField[];
  /** "gemeenten en jeugdhulpregio's": the kinds the filter sorts, for the form's explanation. */
  segmentedKinds: string;
}

const one = (v: unknown): string => (typeof v === 'string' ? v.trim() : Array.isArray(v) && typeof v[0] === 'string' ? v[0].trim() : '');

export function segmentFields(survey: Survey, choices: SegmentChoices): SegmentField[] {
  const segmented = areaKindsMembersFirst(survey);
  return dimensionsFor(survey).map((d) => {
    const kinds = d.actorKinds(survey);
    return {
      name: d.key, label: d.label, empty: d.empty, choices: d.options(choices).map((o) => [o.code, o.name]),
      onlyFor: segmented.every((k) => kinds.includes(k)) ? null : kindsText(survey, kinds),
    };
  });
}

/**
 * Reads the filter form (GET query): one key per dimension of the survey (inwoners, provincie,
 * regio, stedelijkheid) and concepten=1. Concept responses only for staff (mayIncludeUnsubmitted).
 * Keys of dimensions that do not apply to the survey are ignored.
 */
export function parseSegmentQuery(
  survey: Survey, query: Record<string, unknown>, choices: SegmentChoices, mayIncludeUnsubmitted: boolean,
): ParsedSegment {
  const filter: SegmentFilter = {};
  const errors: Record<string, string> = {};
  const values: Record<string, string> = {};
  for (const d of dimensionsFor(survey)) {
    const value = d.normalise(one(query[d.key]));
    values[d.key] = value;
    if (!value) continue;
    if (d.options(choices).some((o) => o.code === value)) filter[d.id] = value;
    else errors[d.key] = d.invalid(value);
  }
  values.concepten = one(query.concepten);
  if (values.concepten === '1' && mayIncludeUnsubmitted) filter.includeUnsubmitted = true;
  const segmentedKinds = kindsText(survey, areaKindsMembersFirst(survey));
  return { filter, errors, values, fields: segmentFields(survey, choices), segmentedKinds };
}

/** The same filter as a query string, for links that keep it. */
export function segmentQuery(f: SegmentFilter): string {
  const p = new URLSearchParams();
  for (const d of DIMENSIONS) if (f[d.id]) p.set(d.key, f[d.id]!);
  if (f.includeUnsubmitted) p.set('concepten', '1');
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** A short Dutch description of the segment, for captions. */
export function describeSegment(f: SegmentFilter, choices: SegmentChoices): string {
  const parts: string[] = [];
  for (const d of DIMENSIONS) {
    const value = f[d.id];
    if (value) parts.push(d.options(choices).find((o) => o.code === value)?.caption ?? d.unknownCaption(value));
  }
  if (f.includeUnsubmitted) parts.push('inclusief niet-ingediende antwoorden');
  return parts.length ? parts.join(', ') : 'landelijk, alleen ingediende antwoorden';
}
