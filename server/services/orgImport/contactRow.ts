/** One row of a contacts file checked (pure): its problems per column, and whether the person is new or changed. */
import type { ImportedContact } from '../../db/repos/contacts.ts';
import type { Organisation, OrganisationContact } from '../../db/schema.ts';
import { messages } from '../../messages.ts';
import { contactRoleText, roleFromText } from '../coordination/contactRoles.ts';
import { isValidEmail } from '../coordination/emails.ts';
import type { RowChange } from './changes.ts';
import { columnLetter, contactColumnLabels, type ContactColumn } from './contactHeader.ts';

export interface CheckedContactRow {
  line: number;
  code: string;
  organisationName: string;
  name: string;
  status: 'nieuw' | 'gewijzigd' | 'ongewijzigd' | 'fout';
  errors: string[];
  changes: RowChange[];
}

export interface ContactImportContext {
  organisations: Map<string, Organisation>;
  contacts: Map<string, OrganisationContact[]>;
}

const texts = messages.contacts;
const show = (v: string | null) => (v ? v : '(leeg)');

/** Reads the cells of a row by column, names a column in a message, and keys a person for finding doubles. */
export function contactCells(columns: (ContactColumn | null)[]) {
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
  return { get, where, keyOf };
}

/** Checks one row; `others` are the other lines naming the same person. The contact to write is null unless new or changed. */
export function checkContactRow(
  line: number, cells: string[], others: number[], { get, where }: ReturnType<typeof contactCells>, ctx: ContactImportContext,
): { row: CheckedContactRow; write: ImportedContact | null } {
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
  const write = status === 'nieuw' || status === 'gewijzigd' ? { organisationCode: code, id: existing?.id ?? null, values } : null;
  return { row: { line, code, organisationName: org?.name ?? '', name, status, errors, changes }, write };
}
