/**
 * The segment filter as the outside world sees it: read from a GET query, written back as a query
 * string, described in a caption and offered as form fields. Every part loops over DIMENSIONS, so
 * a new dimension appears everywhere at once.
 */
import { DIMENSIONS, type SegmentChoices } from './dimensions/index.ts';
import type { SegmentFilter } from './types.ts';

/** One select of the filter form (the monitor's and the export page's). */
export interface SegmentField {
  name: string;
  label: string;
  empty: string;
  choices: [string, string][];
  /** The dimension sorts only gemeenten (regio's are in none of its groups): the form says so. */
  onlyGemeenten: boolean;
}

export interface ParsedSegment {
  filter: SegmentFilter;
  /** Field name → Dutch message (HTTP 422 next to the field). */
  errors: Record<string, string>;
  /** What was typed, to show back in the form. */
  values: Record<string, string>;
  /** The dimensions as form fields, in order. */
  fields: SegmentField[];
}

const one = (v: unknown): string => (typeof v === 'string' ? v.trim() : Array.isArray(v) && typeof v[0] === 'string' ? v[0].trim() : '');

export const segmentFields = (choices: SegmentChoices): SegmentField[] =>
  DIMENSIONS.map((d) => ({
    name: d.key, label: d.label, empty: d.empty, choices: d.options(choices).map((o) => [o.code, o.name]),
    onlyGemeenten: d.actorKinds.length === 1 && d.actorKinds[0] === 'gemeente',
  }));

/**
 * Reads the filter form (GET query): one key per dimension (inwoners, provincie, regio,
 * stedelijkheid) and concepten=1. Concept responses only for staff (mayIncludeUnsubmitted).
 */
export function parseSegmentQuery(query: Record<string, unknown>, choices: SegmentChoices, mayIncludeUnsubmitted: boolean): ParsedSegment {
  const filter: SegmentFilter = {};
  const errors: Record<string, string> = {};
  const values: Record<string, string> = {};
  for (const d of DIMENSIONS) {
    const value = d.normalise(one(query[d.key]));
    values[d.key] = value;
    if (!value) continue;
    if (d.options(choices).some((o) => o.code === value)) filter[d.id] = value;
    else errors[d.key] = d.invalid(value);
  }
  values.concepten = one(query.concepten);
  if (values.concepten === '1' && mayIncludeUnsubmitted) filter.includeUnsubmitted = true;
  return { filter, errors, values, fields: segmentFields(choices) };
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
