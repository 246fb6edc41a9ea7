/** What checking one row needs to know of the whole file: columns, duplicate codes, regions it adds. */
import type { Organisation } from '../../db/schema.ts';
import type { ActorDef } from '../../survey/actorSchema.ts';
import type { TableRow } from './file.ts';
import { kindAliases, norm, type ColumnKey } from './header.ts';
import type { RowContext } from './rowValues.ts';

export interface ImportContext {
  /** The actor kinds of every survey (see survey/actors.ts `allActors`). */
  actors: ActorDef[];
  /** Kinds others lie in (regio): an organisation of such a kind is its own region. */
  regionKinds: string[];
  provinces: { code: string; name: string }[];
  regions: { code: string; name: string }[];
  existing: Map<string, Organisation>;
}

/** `lines`: the data rows that are not empty; `columns`: what each header cell was mapped to. */
export function buildRowContext(columns: (ColumnKey | null)[], lines: TableRow[], ctx: ImportContext): RowContext {
  const get = (cells: string[], key: ColumnKey): string | undefined => {
    const i = columns.indexOf(key);
    return i < 0 ? undefined : (cells[i] ?? '').trim();
  };
  const codeLines = new Map<string, number[]>();
  for (const { line, cells } of lines) {
    const code = (get(cells, 'code') ?? '').toUpperCase();
    if (code) codeLines.set(code, [...(codeLines.get(code) ?? []), line]);
  }
  const kinds = kindAliases(ctx.actors);
  const isRegion = (kind: string | undefined) => kind !== undefined && ctx.regionKinds.includes(kind);
  // Regions added by this same file may be used by the gemeenten in it.
  const newRegions = lines
    .filter(({ cells }) => isRegion(kinds.get(norm(get(cells, 'actorKind') ?? ''))))
    .map(({ cells }) => ({ code: (get(cells, 'code') ?? '').toUpperCase(), name: get(cells, 'name') ?? '' }));
  const regions = [...ctx.regions, ...newRegions.filter((r) => !ctx.regions.some((x) => x.code === r.code))];
  return {
    get, kinds, actorKinds: ctx.actors.map((a) => a.id), isRegion, provinces: ctx.provinces, regions, codeLines,
  };
}
