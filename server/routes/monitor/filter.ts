import type { Request, Response } from 'express';
import { isStaff } from '../../domain/monitor/access.ts';
import type { SegmentChoices } from '../../domain/monitor/dimensions/index.ts';
import { describeSegment, parseSegmentQuery, segmentQuery, type ParsedSegment } from '../../domain/monitor/segmentQuery.ts';
import { isSegmented } from '../../domain/monitor/segments.ts';
import { param } from '../../http/guards.ts';
import type { Services } from '../../context.ts';
import { loadWave, segmentChoices } from '../../services/monitorTables.ts';

export interface FilterState extends ParsedSegment {
  choices: SegmentChoices;
  /** '?inwoners=…' to keep the filter in links. */
  query: string;
  description: string;
  /** A dimension is chosen (the tables say so next to n). */
  segmented: boolean;
  staff: boolean;
  /** For the error summary: [{href, text}]. */
  errorList: { href: string; text: string }[];
}

/**
 * The segment filter of a GET form, with the dimensions of the wave's survey; errors are shown next
 * to the field (HTTP 422 by the caller).
 */
export async function readFilter(s: Services, req: Request): Promise<FilterState> {
  const { survey } = await loadWave(s, param(req, 'wave'));
  const choices = await segmentChoices(s);
  const staff = isStaff(req.user!);
  const parsed = parseSegmentQuery(survey, req.query as Record<string, unknown>, choices, staff);
  return {
    ...parsed,
    choices,
    staff,
    query: segmentQuery(parsed.filter),
    description: describeSegment(parsed.filter, choices),
    segmented: isSegmented(parsed.filter),
    errorList: Object.entries(parsed.errors).map(([field, text]) => ({ href: `#${field}`, text })),
  };
}

/**
 * Renders a monitor page; with filter errors the same page shows only the form, status 422. `failed`:
 * the page refused its own choice (an unknown organisation or region), also 422.
 */
export function renderWithFilter(
  res: Response, view: string, filter: FilterState, locals: Record<string, unknown>, failed = false,
): void {
  const invalid = filter.errorList.length > 0;
  res.status(invalid || failed ? 422 : 200).render(view, { ...locals, filter, invalid });
}
