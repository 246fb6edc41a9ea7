/** Keeping a checked organisation file until it is confirmed, then writing it in one transaction. */
import { allOrganisations, applyOrganisationImport, type ImportedOrganisation } from '../../db/repos/organisationAdmin.ts';
import { isoNow, type Services } from '../../context.ts';
import { dropPending, findPending, keepPending, newToken } from '../upload/pending.ts';
import type { ImportPreview } from './organisationCheck.ts';

/** Keeps a right file's rows server-side until confirmed; the token says which. */
export async function keepForConfirmation(s: Services, userId: number, check: Omit<ImportPreview, 'token'>): Promise<ImportPreview> {
  let token: string | null = null;
  // Kept server-side like every pending upload (server/services/upload/pending.ts), for an hour.
  if (check.ok && check.toWrite.length) {
    token = newToken();
    if (!(await keepPending(s, userId, 'organisations', token, check.toWrite))) token = null;
  }
  return { ...check, token };
}

/** Writes a confirmed preview, all rows at once; null when the preview is unknown or too old. */
export async function confirmImport(s: Services, userId: number, token: string): Promise<{ added: number; updated: number } | null> {
  const rows = await findPending<ImportedOrganisation[]>(s, userId, 'organisations', token);
  if (!rows) return null;
  const result = await writeImport(s, rows);
  await dropPending(s, token);
  return result;
}

/** Writes checked rows in one transaction; counts what was added and what updated. */
export async function writeImport(s: Services, rows: ImportedOrganisation[]): Promise<{ added: number; updated: number }> {
  const existing = new Set((await allOrganisations(s.db)).map((o) => o.code));
  await applyOrganisationImport(s.db, rows, isoNow(s));
  const added = rows.filter((r) => !existing.has(r.code)).length;
  return { added, updated: rows.length - added };
}
