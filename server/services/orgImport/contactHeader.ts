/** The columns of a contacts file (issue 16, point 1): one row per contact person, the organisation by its code. */
import { columnLetter as sheetColumnLetter } from '../spreadsheet/problems.ts';
import type { TableRow } from './file.ts';
import { norm } from './header.ts';

export type ContactColumn = 'code' | 'orgName' | 'name' | 'email' | 'role';

export const contactColumnLabels: Record<ContactColumn, string> = {
  code: 'code', orgName: 'organisatie', name: 'naam', email: 'e-mail', role: 'rol',
};

const aliases: Record<ContactColumn, string[]> = {
  code: ['code', 'cbscode', 'organisatiecode'],
  // The organisation's name may be in the file for the reader; the code decides.
  orgName: ['organisatie', 'organisatienaam'],
  name: ['naam', 'contactpersoon', 'naamcontactpersoon', 'contactnaam', 'name'],
  email: ['email', 'emailadres', 'contactemail', 'contactemailadres'],
  role: ['rol', 'functie', 'role', 'rolcontactpersoon'],
};

/** A contacts file names a role column and no actor kind in its first row; anything else is read as an organisation file. */
export function isContactsFile(rows: TableRow[]): boolean {
  const names = Array.from(rows[0]?.cells ?? [], (h) => norm(h ?? ''));
  const kindNames = ['soort', 'actorsoort', 'actor', 'actorkind', 'soortorganisatie', 'type'];
  return names.some((n) => aliases.role.includes(n)) && !names.some((n) => kindNames.includes(n));
}

/** Excel's column letters: 0 → A, 26 → AA (the spreadsheet kit counts from 1). */
export const columnLetter = (index: number): string => sheetColumnLetter(index + 1);

export function mapContactHeader(header: string[]): { columns: (ContactColumn | null)[]; unknown: string[]; duplicate: ContactColumn[] } {
  const columns = header.map((h) => (Object.keys(aliases) as ContactColumn[]).find((k) => aliases[k].includes(norm(h))) ?? null);
  const unknown = header.filter((h, i) => columns[i] === null && h.trim() !== '');
  const duplicate = (Object.keys(aliases) as ContactColumn[]).filter((k) => columns.filter((c) => c === k).length > 1);
  return { columns, unknown, duplicate };
}
