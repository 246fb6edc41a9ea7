/**
 * The selection of an export, read from the same query string as the monitor pages
 * (inwoners, provincie, regio, concepten) plus `soort` (actor kind), so a download link keeps
 * the filters of the page it sits on.
 */
import { describeSegment, parseSegmentQuery, segmentQuery, type SegmentChoices } from '../../domain/monitor/segments.ts';
import type { SegmentFilter } from '../../domain/monitor/types.ts';
import type { Survey } from '../../survey/schema.ts';

export interface ExchangeFilter extends SegmentFilter {
  actorKind?: string;
}

export interface ParsedFilter {
  filter: ExchangeFilter;
  errors: Record<string, string>;
  values: Record<string, string>;
}

export function parseExportQuery(survey: Survey, query: Record<string, unknown>, choices: SegmentChoices): ParsedFilter {
  const parsed = parseSegmentQuery(query, choices, true);
  const soort = typeof query.soort === 'string' ? query.soort.trim() : '';
  const filter: ExchangeFilter = { ...parsed.filter };
  const errors = { ...parsed.errors };
  if (soort) {
    if (survey.actors.some((a) => a.id === soort)) filter.actorKind = soort;
    else errors.soort = 'Kies een soort organisatie uit de lijst.';
  }
  return { filter, errors, values: { ...parsed.values, soort } };
}

export function exportQuery(f: ExchangeFilter): string {
  const q = segmentQuery(f);
  if (!f.actorKind) return q;
  return `${q ? `${q}&` : '?'}soort=${encodeURIComponent(f.actorKind)}`;
}

export function describeExportFilter(survey: Survey, f: ExchangeFilter, choices: SegmentChoices): string {
  const actor = f.actorKind ? survey.actors.find((a) => a.id === f.actorKind)?.labelPlural ?? f.actorKind : 'alle soorten organisaties';
  return `${actor}; ${describeSegment(f, choices)}`;
}

/** File name part: 'gemeente-pv27'. */
export function filterSlug(f: ExchangeFilter): string {
  return [f.actorKind, f.inhabitants, f.province, f.region].filter(Boolean).join('-').toLowerCase();
}
