/**
 * Checks a contacts file row by row (pure): which contact people are new, which change, and a Dutch
 * message naming the column for every problem. An import adds and updates; it never removes a contact.
 */
import type { ImportedContact } from '../../db/repos/contacts.ts';
import type { Organisation, OrganisationContact } from '../../db/schema.ts';
import { messages } from '../../messages.ts';
import { contactRoleText, roleFromText } from '../coordination/contactRoles.ts';
import { isValidEmail } from '../coordination/emails.ts';
import type { RowChange } from './changes.ts';
import type { TableRow } from './file.ts';
import { columnLetter, contactColumnLabels, mapContactHeader, type ContactColumn } from './contactHeader.ts';

export interface CheckedContactRow {
  line: number;
  code: string;
  organisationName: string;
  name: string;
  status: 'nieuw' | 'gewijzigd' | 'ongewijzigd' | 'fout';
  errors: string[];
  changes: RowChange[];
}

export interface ContactImportCheck {
  fileErrors: string[];
  rows: CheckedContactRow[];
  toWrite: ImportedContact[];
  ok: boolean;
}

export interface ContactImportContext {
  organisations: Map<string, Organisation>;
  contacts: Map<string, OrganisationContact[]>;
}

const texts = messages.contacts;
const show = (v: string | null) => (v ? v : '(leeg)');

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

  const get = (cells: string[], key: ContactColumn) => {
    const i = columns.indexOf(key);
    return i < 0 ? '' : (cells[i] ?? '').trim();
  };
  const where = (key: ContactColumn) => texts.at(columnLetter(columns.indexOf(key)), contactColumnLabels[key]);
  // The same person twice for one organisation: by address, or by name when there is none.
  const keyOf = (cells: string[]) => {
    const email = get(cells, 'email').toLowerCase();
    return `${get(cells, 'code').toUpperCase()} ${email || `naam:${get(cells, 'name').toLowerCase().replace(/\s+/g, ' ')}`}`;
  };
  const keyLines = new Map<string, number[]>();
  for (const { line, cells } of lines) keyLines.set(keyOf(cells), [...(keyLines.get(keyOf(cells)) ?? []), line]);

  const rows: CheckedContactRow[] = [];
  const toWrite: ImportedContact[] = [];
  for (const { line, cells } of lines) {
    const errors: string[] = [];
    const code = get(cells, 'code').toUpperCase();
    const org = ctx.organisations.get(code);
    if (!code) errors.push(texts.importMissingCode(where('code')));
    else if (!org) errors.push(texts.importUnknownOrg(where('code'), code));
    const name = get(cells, 'name').replace(/\s+/g, ' ');
    if (!name) errors.push(texts.importMissingName(where('name')));
    else if (name.length > 200) errors.push(texts.importLongName(where('name')));
    const emailRaw = get(cells, 'email');
    const email = emailRaw.toLowerCase();
    if (email && !isValidEmail(email)) errors.push(texts.importBadEmail(where('email'), emailRaw));
    const roleRaw = get(cells, 'role');
    if (roleRaw.length > 100) errors.push(texts.importLongRole(where('role')));
    const others = (keyLines.get(keyOf(cells)) ?? []).filter((l) => l !== line);
    if (code && others.length) errors.push(texts.importDuplicate(email || name, code, others));

    const { role, other } = roleFromText(roleRaw);
    const values = { name, email: email || null, role, role_other: other };
    const existing = (ctx.contacts.get(code) ?? []).find((c) =>
      (email ? c.email === email : !c.email && c.name.toLowerCase() === name.toLowerCase()));
    const changes: RowChange[] = [];
    if (existing) {
      if (existing.name !== name) changes.push({ field: 'naam', old: existing.name, new: name });
      if (contactRoleText(existing) !== contactRoleText(values)) {
        changes.push({ field: 'rol', old: contactRoleText(existing), new: contactRoleText(values) });
      }
    } else {
      changes.push({ field: 'e-mail', old: '', new: show(values.email) }, { field: 'rol', old: '', new: contactRoleText(values) });
    }
    const status = errors.length ? 'fout' : !existing ? 'nieuw' : changes.length ? 'gewijzigd' : 'ongewijzigd';
    rows.push({ line, code, organisationName: org?.name ?? '', name, status, errors, changes });
    if (status === 'nieuw' || status === 'gewijzigd') toWrite.push({ organisationCode: code, id: existing?.id ?? null, values });
  }
  const ok = rows.every((r) => r.status !== 'fout');
  return { fileErrors: [], rows, toWrite: ok ? toWrite : [], ok };
}
