/**
 * The contacts file of the organisation import (issue 16, point 1): checked against the organisations
 * and contacts as they are now, kept until confirmed like every pending upload, then written at once.
 */
import { applyContactImport, contactsByOrganisation, type ImportedContact } from '../../db/repos/contacts.ts';
import { allOrganisations } from '../../db/repos/organisationAdmin.ts';
import { isoNow, type Services } from '../../context.ts';
import { dropPending, findPending, keepPending, newToken } from '../upload/pending.ts';
import { checkContactImport, type ContactImportCheck } from './contactRows.ts';
import type { TableRow } from './file.ts';

export interface ContactImportPreview extends ContactImportCheck {
  fileName: string;
  token: string | null;
  counts: { nieuw: number; gewijzigd: number; ongewijzigd: number; fout: number };
}

export async function previewContactImport(
  s: Services, userId: number, fileName: string, table: TableRow[],
): Promise<ContactImportPreview> {
  const organisations = new Map((await allOrganisations(s.db)).map((o) => [o.code, o]));
  const check = checkContactImport(table, { organisations, contacts: await contactsByOrganisation(s.db) });
  const counts = { nieuw: 0, gewijzigd: 0, ongewijzigd: 0, fout: 0 };
  for (const r of check.rows) counts[r.status]++;
  let token: string | null = null;
  if (check.ok && check.toWrite.length) {
    token = newToken();
    if (!(await keepPending(s, userId, 'contacts', token, check.toWrite))) token = null;
  }
  return { ...check, fileName, counts, token };
}

/** Writes a confirmed contacts preview; null when the token is not one (or too old). */
export async function confirmContactImport(s: Services, userId: number, token: string): Promise<{ added: number; updated: number } | null> {
  const rows = await findPending<ImportedContact[]>(s, userId, 'contacts', token);
  if (!rows) return null;
  await applyContactImport(s.db, rows, isoNow(s));
  await dropPending(s, token);
  const added = rows.filter((r) => r.id === null).length;
  return { added, updated: rows.length - added };
}
