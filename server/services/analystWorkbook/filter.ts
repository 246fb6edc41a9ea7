/**
 * The selection of an export, read from the same query string as the monitor pages (one key per
 * monitor dimension, and concepten) plus `soort` (actor kind), so a download link keeps the
 * filters of the page it sits on.
 */
import type { ExportFilter } from '../../db/repos/exportData.ts';
import { DIMENSIONS, segmentConditions, type SegmentChoices } from '../../domain/monitor/dimensions/index.ts';
import { describeSegment, parseSegmentQuery, segmentQuery, type ParsedSegment } from '../../domain/monitor/segmentQuery.ts';
import type { SegmentFilter } from '../../domain/monitor/types.ts';
import type { Survey } from '../../survey/schema.ts';

export type ExchangeFilter = SegmentFilter & {
  actorKind?: string;
};

export interface ParsedFilter extends ParsedSegment {
  filter: ExchangeFilter;
}

export function parseExportQuery(survey: Survey, query: Record<string, unknown>, choices: SegmentChoices): ParsedFilter {
  const parsed = parseSegmentQuery(survey, query, choices, true);
  const soort = typeof query.soort === 'string' ? query.soort.trim() : '';
  const filter: ExchangeFilter = { ...parsed.filter };
  const errors = { ...parsed.errors };
  if (soort) {
    if (survey.actors.some((a) => a.id === soort)) filter.actorKind = soort;
    else errors.soort = 'Kies een soort organisatie uit de lijst.';
  }
  return { ...parsed, filter, errors, values: { ...parsed.values, soort } };
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

/** File name part: 'gemeente-pv27', 'gemeente-stedelijkheid1' (a bare class number would say nothing). */
export function filterSlug(f: ExchangeFilter): string {
  const parts = DIMENSIONS.map((d) => (f[d.id] && /^\d+$/.test(f[d.id]!) ? `${d.key}${f[d.id]}` : f[d.id]));
  return [f.actorKind, ...parts].filter(Boolean).join('-').toLowerCase();
}

/** Only what the organisation rows can be narrowed by (the monitor's 'concepten' concerns tables). */
export function rowFilter(survey: Survey, f: ExchangeFilter): ExportFilter {
  const conditions = segmentConditions(survey, f);
  return { ...(f.actorKind ? { actorKind: f.actorKind } : {}), ...(conditions.length ? { conditions } : {}) };
}
