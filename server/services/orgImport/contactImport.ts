/**
 * The contacts file of the organisation import (issue 16, point 1): checked against the organisations
 * and contacts as they are now, kept until confirmed like every pending upload, then written at once.
 */
import { applyContactImport, contactsByOrganisation, type ImportedContact } from '../../db/repos/contacts.ts';
import { allOrganisations } from '../../db/repos/organisationAdmin.ts';
import { isoNow, type Services } from '../../context.ts';
import { checkContactImport, type ContactImportCheck } from './contactRows.ts';
import { isContactsFile } from './contactHeader.ts';
import { readTableFile, type TableRow } from './file.ts';
import { keepChecked, writeKept } from './kept.ts';

export interface ContactImportPreview extends ContactImportCheck {
  fileName: string;
  token: string | null;
  counts: { nieuw: number; gewijzigd: number; ongewijzigd: number; fout: number };
}

/** Checks the rows of a contacts file against the organisations and contacts as they are now; writes nothing. */
export async function checkContactTable(s: Services, fileName: string, table: TableRow[]): Promise<Omit<ContactImportPreview, 'token'>> {
  const organisations = new Map((await allOrganisations(s.db)).map((o) => [o.code, o]));
  const check = checkContactImport(table, { organisations, contacts: await contactsByOrganisation(s.db) });
  const counts = { nieuw: 0, gewijzigd: 0, ongewijzigd: 0, fout: 0 };
  for (const r of check.rows) counts[r.status]++;
  return { ...check, fileName, counts };
}

/** The command line's check: null when the file is no contacts file (then it is an organisation file). */
export async function checkContactFile(s: Services, fileName: string, buffer: Buffer): Promise<Omit<ContactImportPreview, 'token'> | null> {
  const file = await readTableFile(fileName, buffer);
  if (!file.ok || !isContactsFile(file.rows)) return null;
  return checkContactTable(s, fileName, file.rows);
}

export async function previewContactImport(
  s: Services, userId: number, fileName: string, table: TableRow[],
): Promise<ContactImportPreview> {
  const check = await checkContactTable(s, fileName, table);
  return { ...check, token: await keepChecked(s, userId, 'contacts', check) };
}

/** Writes a confirmed contacts preview; null when the token is not one (or too old). */
export async function confirmContactImport(s: Services, userId: number, token: string): Promise<{ added: number; updated: number } | null> {
  return writeKept(s, userId, 'contacts', token, writeContacts);
}

/** Writes checked contacts in one transaction; counts what was added and what updated. */
export async function writeContacts(s: Services, rows: ImportedContact[]): Promise<{ added: number; updated: number }> {
  await applyContactImport(s.db, rows, isoNow(s));
  const added = rows.filter((r) => r.id === null).length;
  return { added, updated: rows.length - added };
}
