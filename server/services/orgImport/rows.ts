/**
 * Checks an organisation file row by row (pure): which organisations are new, which change and how,
 * and a Dutch message for every problem. Nothing is written here.
 */
import type { ImportedOrganisation } from '../../db/repos/organisationAdmin.ts';
import type { Organisation } from '../../db/schema.ts';
import { messages } from '../../messages.ts';
import type { ActorDef } from '../../survey/actorSchema.ts';
import type { TableRow } from './file.ts';
import { kindAliases, mapHeader, norm, type ColumnKey } from './header.ts';
import { rowChanges, type RowChange } from './changes.ts';
import { readRow, type RowContext } from './rowValues.ts';

export interface ImportContext {
  /** The actor kinds of every survey (see survey/actors.ts `allActors`). */
  actors: ActorDef[];
  /** Kinds others lie in (regio): an organisation of such a kind is its own region. */
  regionKinds: string[];
  provinces: { code: string; name: string }[];
  regions: { code: string; name: string }[];
  existing: Map<string, Organisation>;
}

export interface CheckedRow {
  line: number;
  code: string;
  name: string;
  status: 'nieuw' | 'gewijzigd' | 'ongewijzigd' | 'fout';
  errors: string[];
  changes: RowChange[];
}

export interface ImportCheck {
  /** Problems with the file as a whole (columns): no row is looked at then. */
  fileErrors: string[];
  rows: CheckedRow[];
  toWrite: ImportedOrganisation[];
  ok: boolean;
}

const refused = (fileErrors: string[]): ImportCheck => ({ fileErrors, rows: [], toWrite: [], ok: false });

/** `table`: the rows that exist, the first being the header; cells may be sparse (see file.ts). */
export function checkImport(table: TableRow[], ctx: ImportContext): ImportCheck {
  const [first, ...data] = table;
  if (!first) return refused([messages.orgImport.empty]);
  // At most 16,384 columns (Excel's last is XFD), so a dense header is cheap; data rows stay sparse.
  const { columns, errors: fileErrors } = mapHeader(Array.from(first.cells, (h) => h ?? ''));
  if (fileErrors.length) return refused(fileErrors);
  const lines = data.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (lines.length === 0) return refused([messages.orgImport.headerOnly]);

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
  const rowContext: RowContext = {
    get, kinds, actorKinds: ctx.actors.map((a) => a.id), isRegion, provinces: ctx.provinces, regions, codeLines,
  };

  const rows: CheckedRow[] = [];
  const toWrite: ImportedOrganisation[] = [];
  for (const { line, cells } of lines) {
    const { code, name, kind, set, errors } = readRow(line, cells, rowContext);
    const existing = ctx.existing.get(code);
    const changes = rowChanges(existing, set);
    if (existing && kind && existing.actor_kind !== kind) errors.push(messages.orgImport.kindChanged(code, existing.actor_kind));
    const status = errors.length ? 'fout' : !existing ? 'nieuw' : changes.length ? 'gewijzigd' : 'ongewijzigd';
    rows.push({ line, code, name, status, errors, changes });
    if (!errors.length && status !== 'ongewijzigd') toWrite.push({ code, set: existing ? set : { ...set, active: 1 } });
  }
  const ok = rows.every((r) => r.status !== 'fout');
  return { fileErrors: [], rows, toWrite: ok ? toWrite : [], ok };
}
