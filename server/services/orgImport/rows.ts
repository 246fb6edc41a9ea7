/**
 * Checks an organisation file row by row (pure): which organisations are new, which change and how,
 * and a Dutch message for every problem. Nothing is written here.
 */
import type { ImportedOrganisation } from '../../db/repos/organisationAdmin.ts';
import { messages } from '../../messages.ts';
import type { TableRow } from './file.ts';
import { mapHeader } from './header.ts';
import { rowChanges, type RowChange } from './changes.ts';
import { buildRowContext, type ImportContext } from './rowContext.ts';
import { readRow } from './rowValues.ts';

export type { ImportContext } from './rowContext.ts';

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

  const rowContext = buildRowContext(columns, lines, ctx);

  const rows: CheckedRow[] = [];
  const toWrite: ImportedOrganisation[] = [];
  for (const { line, cells } of lines) {
    const { code, name, kind, set, errors } = readRow(line, cells, rowContext);
    const existing = ctx.existing.get(code);
    const changes = rowChanges(existing, set);
    if (existing && kind && existing.actor_kind !== kind) {
      errors.push(messages.orgImport.kindChanged(code, existing.actor_kind));
    }
    const status = errors.length ? 'fout' : !existing ? 'nieuw' : changes.length ? 'gewijzigd' : 'ongewijzigd';
    rows.push({ line, code, name, status, errors, changes });
    if (!errors.length && status !== 'ongewijzigd') toWrite.push({ code, set: existing ? set : { ...set, active: 1 } });
  }
  const ok = rows.every((r) => r.status !== 'fout');
  return { fileErrors: [], rows, toWrite: ok ? toWrite : [], ok };
}
