/**
 * Checks a contacts file row by row (pure): which contact people are new, which change, and a Dutch
 * message naming the column for every problem. An import adds and updates; it never removes a contact.
 * The file's columns are checked here, each row in contactRow.ts.
 */
import type { ImportedContact } from '../../db/repos/contacts.ts';
import { messages } from '../../messages.ts';
import type { TableRow } from './file.ts';
import { contactColumnLabels, mapContactHeader, type ContactColumn } from './contactHeader.ts';
import { checkContactRow, contactCells, type CheckedContactRow, type ContactImportContext } from './contactRow.ts';

export type { CheckedContactRow, ContactImportContext } from './contactRow.ts';

export interface ContactImportCheck {
  fileErrors: string[];
  rows: CheckedContactRow[];
  toWrite: ImportedContact[];
  ok: boolean;
}

const texts = messages.contacts;

export function checkContactImport(table: TableRow[], ctx: ContactImportContext): ContactImportCheck {
  const [first, ...data] = table;
  const refused = (fileErrors: string[]): ContactImportCheck => ({ fileErrors, rows: [], toWrite: [], ok: false });
  if (!first) return refused([messages.orgImport.empty]);
  const { columns, unknown, duplicate } = mapContactHeader(Array.from(first.cells, (h) => h ?? ''));
  const fileErrors = [
    ...(unknown.length ? [messages.orgImport.unknownColumns(unknown, Object.values(contactColumnLabels).join(', '))] : []),
    ...(['code', 'name'] as ContactColumn[]).filter((k) => !columns.includes(k))
      .map((k) => texts.importMissingColumn(contactColumnLabels[k])),
    ...duplicate.map((k) => messages.orgImport.duplicateColumn(contactColumnLabels[k])),
  ];
  if (fileErrors.length) return refused(fileErrors);
  const lines = data.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (lines.length === 0) return refused([texts.importHeaderOnly]);

  const reader = contactCells(columns);
  const { keyOf } = reader;
  const keyLines = new Map<string, number[]>();
  for (const { line, cells } of lines) keyLines.set(keyOf(cells), [...(keyLines.get(keyOf(cells)) ?? []), line]);

  const rows: CheckedContactRow[] = [];
  const toWrite: ImportedContact[] = [];
  for (const { line, cells } of lines) {
    const others = (keyLines.get(keyOf(cells)) ?? []).filter((l) => l !== line);
    const { row, write } = checkContactRow(line, cells, others, reader, ctx);
    rows.push(row);
    if (write) toWrite.push(write);
  }
  const ok = rows.every((r) => r.status !== 'fout');
  return { fileErrors: [], rows, toWrite: ok ? toWrite : [], ok };
}
